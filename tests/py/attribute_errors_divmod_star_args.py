class C:
    def m(self): pass
for fn in [lambda: C().m.nope, lambda: "x".upper.nope, lambda: setattr(1, "real", 2), lambda: setattr(1, "bit_length", 2), lambda: setattr(1, "zz", 2), lambda: setattr(1.5, "imag", 2), lambda: setattr([], "__class__", 2), lambda: setattr(1j, "real", 1)]:
    try: fn()
    except Exception as e: print(type(e).__name__, e)
def f(): pass
f.__qualname__ = "q"; print(f.__qualname__)
try: f.__qualname__ = 1
except TypeError as e: print(e)
print(divmod(7, 2), divmod(7.5, 2), divmod(-7, 2.0), divmod(True, 3))
class D:
    def __divmod__(s, o): return NotImplemented
    def __rdivmod__(s, o): return "r"
for fn in [lambda: divmod(D(), 1), lambda: divmod(1, D()), lambda: divmod(1j, 1), lambda: divmod("a", 1)]:
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
class I(int): pass
print(divmod(I(7), 2), divmod(7, I(2)))
def g(a): pass
for fn in [lambda: print(*1), lambda: g(*5), lambda: g(a=1, *5), lambda: [*5], lambda: C().m(*3), lambda: g(**{"a": 1}, **{"a": 2})]:
    try: fn()
    except Exception as e: print(type(e).__name__, e)
