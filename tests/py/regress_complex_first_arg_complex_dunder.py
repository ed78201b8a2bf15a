# Regression: complex() calls its first argument's __complex__ (a complex subclass's too), never the second's
class C(complex):
    def __complex__(self): return 3j
class X:
    def __complex__(self): return 1j
    def __float__(self): return 2.0
def t(f):
    try: print(repr(f()))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
t(lambda: complex(C(1)))
t(lambda: complex(C(1), 1))
t(lambda: complex(1, C(1)))
t(lambda: complex(1, X()))
t(lambda: complex(X(), 1))
t(lambda: type(complex(C(1))))
class C2(complex): pass
t(lambda: complex(C2(1)))
t(lambda: type(complex(C2(1))))
class Y:
    def __complex__(self): return 1j
t(lambda: complex(1, Y()))
t(lambda: complex(Y()))
class CS(complex): pass
class W:
    def __complex__(self): return 2.0
t(lambda: complex(W()))
