# Inventory management with dicts, sorting and reports
inventory = {}
def add(name, qty, price):
    item = inventory.setdefault(name, {"qty": 0, "price": price})
    item["qty"] += qty
    item["price"] = price
def remove(name, qty):
    if name not in inventory:
        raise KeyError(name)
    if inventory[name]["qty"] < qty:
        raise ValueError(f"only {inventory[name]['qty']} {name} left")
    inventory[name]["qty"] -= qty
    if inventory[name]["qty"] == 0:
        del inventory[name]
ops = [("add", "apple", 10, 0.5), ("add", "pear", 4, 0.75), ("add", "apple", 5, 0.55),
       ("remove", "pear", 4), ("remove", "apple", 20), ("remove", "kiwi", 1), ("add", "fig", 12, 1.25)]
for op in ops:
    try:
        if op[0] == "add":
            add(*op[1:])
        else:
            remove(*op[1:])
        print("ok", op[0], op[1])
    except KeyError as e:
        print("unknown item", e)
    except ValueError as e:
        print("cannot remove:", e)
for name, item in sorted(inventory.items(), key=lambda kv: kv[1]["qty"] * kv[1]["price"], reverse=True):
    print(f"{name:<6}{item['qty']:>4} x {item['price']:.2f} = {item['qty'] * item['price']:6.2f}")
print(f"total value: {sum(i['qty'] * i['price'] for i in inventory.values()):.2f}")
