# floor division, modulo, divmod with negatives and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, 3), (1e-300, 3), (5, 0.3), (-5, 0.3), (0.1, 0.01), (1.0, -0.0001), (-1e-20, 1), (1e20, 7)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
inf = float("inf")
print(5 % inf, -5 % inf, 5 // inf, -5 // inf, inf // 1 if False else "", divmod(5, inf), divmod(-5, inf))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (5.5, 0.0)]:
    for op in ["//", "%", "/", "divmod"]:
        try:
            r = a // b if op == "//" else a % b if op == "%" else a / b if op == "/" else divmod(a, b)
            print(op, r)
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError:", e)
print(True // 2, True % 2, divmod(True, True), 7 // True, 3.0 // True, -True // 2)
print(2**-1, 2**-2, (-2)**-1, 0**0, 0.0**0, (-8)**(1/3) if False else "", 2**0.5, 4**0.5, (-1)**2, (-1)**3, 10**-3)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5), pow(3, 3, -5), pow(2, 0, 1), pow(5, -2, 13), pow(0, 0, 3), pow(7, 1, 1))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3), (0, -1)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print((-8) ** 0.5 if False else "", (-2.0) ** 2, (-2.0) ** 3, 2.0 ** -1, 1.0 ** inf, inf ** 0, 2 ** inf, 0.5 ** inf, (-1) ** inf if False else "")
print(type((-8) ** 0.5).__name__, (-4) ** 0.5)
