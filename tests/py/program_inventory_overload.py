# inventory with operator overloading
class Item:
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
    def total(self):
        return self.price * self.qty
    def __eq__(self, o):
        return isinstance(o, Item) and (self.name, self.price) == (o.name, o.price)
    def __hash__(self):
        return hash((self.name, self.price))
    def __lt__(self, o):
        return self.total() < o.total()
class Inventory:
    def __init__(self, items=()):
        self._items = {}
        for it in items:
            self += it
    def __iadd__(self, item):
        if item.name in self._items:
            self._items[item.name].qty += item.qty
        else:
            self._items[item.name] = Item(item.name, item.price, item.qty)
        return self
    def __add__(self, other):
        new = Inventory(self)
        for it in (other if isinstance(other, Inventory) else [other]):
            new += it
        return new
    def __sub__(self, name):
        new = Inventory(it for it in self if it.name != name)
        return new
    def __isub__(self, name):
        self._items.pop(name, None)
        return self
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))
    def __len__(self):
        return len(self._items)
    def __contains__(self, name):
        return name in self._items
    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise KeyError(f"no item {name!r}") from None
    def __bool__(self):
        return any(it.qty > 0 for it in self)
    def __eq__(self, other):
        return isinstance(other, Inventory) and sorted((i.name, i.qty) for i in self) == sorted((i.name, i.qty) for i in other)
    def __repr__(self):
        return "Inventory(" + ", ".join(f"{i.name}x{i.qty}" for i in self) + ")"
    @property
    def value(self):
        return round(sum(i.total() for i in self), 2)
inv = Inventory([Item("apple", 0.5, 10), Item("pear", 0.75, 4)])
inv += Item("apple", 0.5, 5)
print(inv, len(inv), inv.value)
inv2 = inv + Item("kiwi", 1.2, 3)
print(inv2, inv, inv2.value)
inv3 = inv2 - "pear"
print(inv3, "pear" in inv3, "pear" in inv2)
inv3 -= "kiwi"
print(inv3, bool(inv3), bool(Inventory()), bool(Inventory([Item("x", 1, 0)])))
print(inv["apple"], max(inv2), sorted(inv2, reverse=True)[0].name)
try:
    inv["mango"]
except KeyError as e:
    print("KeyError", e)
print(inv == Inventory([Item("apple", 0.5, 15), Item("pear", 0.75, 4)]), inv == inv2)
print({Item("a", 1), Item("a", 1, 5), Item("b", 1)} == {Item("a", 1), Item("b", 1)})
combined = inv + inv2
print(combined, combined.value)
