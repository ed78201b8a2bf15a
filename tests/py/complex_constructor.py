class C:
    def __complex__(self): return 1+2j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class CC(complex): pass
print(complex(C()), complex(F()), complex(I()), complex(CC(1, 2)), type(CC(1,2)).__name__, CC(1, 2))
print(complex(0, -0.0), complex(-0.0, 0), complex(1j, -0.0), complex(1j, 1j), complex(1+1j, 2), complex(2, 1j))
for s in ["1e3j", "j", "-j", "+j", "infj", "-inf-nanj", "(1+2j)", " ( 1-2J ) ", "1_000+2_0j", "1.e5", ".5j", "1e", "1 + 2j", "1+2", "(1+2j", "", "()", "1__0", "nan", "Infinity-1j", "١+٢j", "1+j+"]:
    try: print(repr(s), complex(s))
    except ValueError as e: print(repr(s), e)
for fn in [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, []), lambda: complex(b"1")]:
    try: fn()
    except TypeError as e: print(e)
class B:
    def __complex__(self): return 1
try: complex(B())
except TypeError as e: print(e)
print(float(b"1.5"), float(bytearray(b" 2e3 ")))
try: float(b"x")
except ValueError as e: print(e)
