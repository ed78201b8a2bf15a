# Regression: three-argument pow with a float, complex or non-number operand gave the wrong error (CPython's ternary slot order)
cases = [(2.0, "x", 5), ([], 2.0, 5), (1.5, 3j, 7), (2, "x", 5), (2, 3, "x"), ("x", 2, 3), (2, 3, 5.0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 1j), (True, 2, 5), (2, -1, 5), (2, 3, 0), ([], [], []), (None, 2, 3), (2, None, 3), (2, 3, None)]
for c in cases:
    try:
        r = pow(*c)
        print(r if not isinstance(r, tuple) else (r[0], type(r[1]).__name__, r[2]))
    except Exception as e:
        print(type(e).__name__, e)
class N:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
for c in [(N(), 2, 3), (2, N(), 3), (2, 3, N()), (2.0, N(), 3), (N(), 2.0, 3.0)]:
    try:
        r = pow(*c)
        print(r if not isinstance(r, tuple) else (r[0], type(r[1]).__name__, r[2]))
    except Exception as e:
        print(type(e).__name__, e)
class I(int): pass
class F(float): pass
class IP(int):
    def __pow__(self, o, m=None): return ("IP", o, m)
class R:
    def __rpow__(self, o, m=None): return "r"
class Sub(N):
    def __pow__(self, o, m=None): return ("Sub", o, m)
for c in [(I(2), I(3), I(5)), (2, I(10), 7), (F(2), 3, 5), (2, 3, F(5)), (IP(2), 3, 5), (2, IP(3), 5), (2, 3, IP(5)), (R(), 2, 3), (2, R(), 3), (N(), Sub(), 3), (1j, 2, 3), (2, 3, True), (2, -1, 7), (2, 1j, 5.0)]:
    try:
        r = pow(*c)
        print(r if not isinstance(r, tuple) else (r[0], type(r[1]).__name__, r[2]))
    except Exception as e:
        print(type(e).__name__, e)
for c in [(3j, range(3), 3), (3j, "ab", 2), ("ab", 3j, 2), (3j, {1: 2}, 1), (2, 3j, []), (3j, 2, []), (3j, 2.0, "m"), (I(2), 3j, 5)]:
    try:
        r = pow(*c)
        print(r if not isinstance(r, tuple) else (r[0], type(r[1]).__name__, r[2]))
    except Exception as e:
        print(type(e).__name__, e)
