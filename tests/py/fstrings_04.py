# Nested f-strings and multi-line f-strings
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
print(f"{'item':<8}|{'price':>7}|{'qty':>4}")
for name, price, qty in rows:
    print(f"{name:<8}|{price:>7.2f}|{qty:>4d}")
total = sum(p * q for _, p, q in rows)
print(f"{'total':<8}|{total:>7.2f}|")
x = 5
print(f"{f'{x}' * 3}")
print(f"{'yes' if x > 3 else 'no'}")
msg = (
    f"a={x} "
    f"b={x * 2} "
    "plain"
)
print(msg)
print(f"""multi
{x}
line""")
