# Self-documenting expressions and conversions combined with format specs
x = 3.14159
name = "Ada"
items = [1, 2]
print(f"{x=:.2f}")
print(f"{name=!r:>10}")
print(f"{items=}")
print(f"{x * 2 = :.1f}")
print(f"{len(items)=}")
print(f"{name!r:^9}|{name!s:*<6}|")
