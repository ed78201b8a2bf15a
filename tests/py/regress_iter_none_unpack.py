# Regression: unpacking an object whose class sets __iter__ = None says "'X' object is not iterable", not the unpack/star wording
class NI:
    __iter__ = None
class NO:
    pass
class NG:
    __iter__ = None
    def __getitem__(self, i): return i
def f(x): pass
for C in (NI, NO, NG):
    for g in [lambda: [*C()], lambda: print(*C()), lambda: (*C(),), lambda: {*C()}, lambda: f(*C()),
              lambda: [a for a in C()], lambda: list(C()), lambda: iter(C()), lambda: {**C()}, lambda: f(**C())]:
        try: g()
        except TypeError as e: print(e)
    try:
        a, b = C()
    except TypeError as e: print(e)
    try:
        a, *b = C()
    except TypeError as e: print(e)
    try:
        for x in C(): pass
    except TypeError as e: print(e)
    def gen():
        yield from C()
    try:
        list(gen())
    except TypeError as e: print(e)
class Boom:
    def __iter__(self): raise TypeError("boom")
class Bad:
    def __iter__(self): return 5
def f2(*a): pass
for C in (Boom, Bad):
    for g in [lambda: [*C()], lambda: f2(*C()), lambda: print(*C())]:
        try: g()
        except TypeError as e: print(e)
    try:
        a, b = C()
    except TypeError as e: print(e)
    try:
        a, *b = C()
    except TypeError as e: print(e)
