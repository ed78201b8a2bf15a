# Regression: int.__rpow__ ignored its modulus and float.__pow__/__rpow__ accepted one
cases = [
    ("(3).__rpow__(2, 5)", lambda: (3).__rpow__(2, 5)), ("(2).__pow__(3, 5)", lambda: (2).__pow__(3, 5)),
    ("(2.0).__pow__(2, 3)", lambda: (2.0).__pow__(2, 3)), ("(2.0).__rpow__(2, 3)", lambda: (2.0).__rpow__(2, 3)),
    ("(2).__pow__(2.0, 3)", lambda: (2).__pow__(2.0, 3)), ("(2).__rpow__(2.0, 3)", lambda: (2).__rpow__(2.0, 3)),
    ("(2).__pow__(3, None)", lambda: (2).__pow__(3, None)), ("(2.0).__pow__(3, None)", lambda: (2.0).__pow__(3, None)),
    ("(2).__rpow__(3, 0)", lambda: (2).__rpow__(3, 0)), ("(3).__pow__(-1, 7)", lambda: (3).__pow__(-1, 7)),
    ("(True).__pow__(2, 3)", lambda: (True).__pow__(2, 3)), ("(2).__pow__(3, 5.0)", lambda: (2).__pow__(3, 5.0)),
    ("(2).__rpow__(3, 5.0)", lambda: (2).__rpow__(3, 5.0)), ("(2.0).__pow__(2)", lambda: (2.0).__pow__(2)),
    ("(2.0).__rpow__(3)", lambda: (2.0).__rpow__(3)), ("pow(2.0, 2, 3)", lambda: pow(2.0, 2, 3)),
    ("pow(2, 2.0, 3)", lambda: pow(2, 2.0, 3)), ("pow(2, 2, 3.0)", lambda: pow(2, 2, 3.0)),
    ("(2).__pow__(-2, 4)", lambda: (2).__pow__(-2, 4)), ("(2).__rpow__(3, -5)", lambda: (2).__rpow__(3, -5)),
    ("(2.0).__pow__('a', 3)", lambda: (2.0).__pow__('a', 3)), ("(2).__pow__()", lambda: (2).__pow__()),
]
for name, f in cases:
    try:
        print(name, "->", f())
    except (TypeError, ValueError) as x:
        print(name, type(x).__name__, x)
