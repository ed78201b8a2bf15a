# Regression: complex(1, x) used x.__complex__ (CPython requires a number: __float__ or __index__)
class CC:
    def __complex__(self): return 2+3j
class CF:
    def __complex__(self): return 2+3j
    def __float__(self): return 4.0
class CI:
    def __index__(self): return 7
class Sub(complex):
    def __complex__(self): return 9j
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: complex(1, CC()))
t(lambda: complex(CC()))
t(lambda: complex(CC(), 1))
t(lambda: complex(CC(), CC()))
t(lambda: complex(1, CF()))
t(lambda: complex(CF(), CF()))
t(lambda: complex(1, CI()))
t(lambda: complex(1, Sub(1, 2)))
t(lambda: complex(imag=CC()))
t(lambda: complex(real=1, imag=CF()))
t(lambda: complex(1, None))
t(lambda: complex(1, []))
