# f-string basics: expressions, conversions, nested quotes
name = "Ada"
n = 42
print(f"Hello, {name}!")
print(f"{'nested'} {'x' if False else 'y'}")
print(f"{n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{{literal braces}} {{{n}}}")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)}")
print(f"{name.upper()} {len(name)} {name[::-1]}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{n=} {name=} {n + 1 = }")
print(f"{3.0=}, {name=!s}")
