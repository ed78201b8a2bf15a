# Errors around classes: abstract instantiation-free, super misuse, bad MRO, __init__ returns
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def __init__(self, x):
        self.x = x
attempt(lambda: A())
attempt(lambda: A(1, 2))
class R:
    def __init__(self):
        return 5
attempt(lambda: R())
def bad_mro():
    class X: pass
    class Y(X): pass
    class Z(X, Y): pass
attempt(bad_mro)
class Slotless:
    pass
attempt(lambda: Slotless().method())
class P:
    @property
    def ro(self):
        return 1
def set_ro():
    P().ro = 2
attempt(set_ro)
def del_ro():
    del P().ro
attempt(del_ro)
class NoLen:
    pass
attempt(lambda: len(NoLen()))
attempt(lambda: NoLen() + 1)
attempt(lambda: NoLen() < NoLen())
attempt(lambda: iter(NoLen()))
attempt(lambda: NoLen()[0])
attempt(lambda: NoLen()())
attempt(lambda: [x for x in NoLen()])
class BadLen:
    def __len__(self):
        return -1
attempt(lambda: len(BadLen()))
class StrLen:
    def __len__(self):
        return "3"
attempt(lambda: len(StrLen()))
class BadStr:
    def __str__(self):
        return 5
attempt(lambda: str(BadStr()))
