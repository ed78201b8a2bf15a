# Invoice formatter with aligned columns, totals, tax and discounts
items = [
    ("Widget", 4, 3.5),
    ("Gadget (large)", 1, 129.99),
    ("Thingamajig", 12, 0.45),
    ("Doohickey", 3, 19.0),
    ("Sprocket", 250, 0.0125),
]
TAX = 0.0825
def money(v):
    return f"${v:,.2f}"
width = 52
print("=" * width)
print(f"{'INVOICE #00042':^{width}}")
print("=" * width)
print(f"{'Item':<20}{'Qty':>6}{'Price':>12}{'Total':>14}")
print("-" * width)
subtotal = 0
for name, qty, price in items:
    line = qty * price
    subtotal += line
    print(f"{name:<20.20}{qty:>6d}{money(price):>12}{money(line):>14}")
print("-" * width)
discount = subtotal * 0.1 if subtotal > 100 else 0
tax = (subtotal - discount) * TAX
total = subtotal - discount + tax
for label, val in [("Subtotal", subtotal), ("Discount (10%)", -discount), (f"Tax ({TAX:.2%})", tax), ("TOTAL", total)]:
    print(f"{label:>38}{money(val) if val >= 0 else '-' + money(-val):>14}")
print("=" * width)
print("Amount due: {:>10.2f} USD | {:e} | {:g}".format(total, total, total))
print("%-10s|%10.3f|%+08.2f" % ("check", total, -total))
cents = round(total * 100)
print(f"{cents // 100} dollars and {cents % 100:02d} cents")
print(f"{'Paid':*^20}")
