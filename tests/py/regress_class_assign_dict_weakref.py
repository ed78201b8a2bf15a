# Regression: __class__ assignment compares the instance layouts' __dict__ and __weakref__ slots too
def t(f):
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError:", e)
def assign(o, c):
    def f():
        o.__class__ = c
        return type(o).__name__
    return f
class AB:
    __slots__ = ('a', 'b')
class BA:
    __slots__ = ('b', 'a')
class WD:
    __slots__ = ('a', '__dict__')
class WD2:
    __slots__ = ('__dict__', 'a')
class WW:
    __slots__ = ('a', '__weakref__')
class WW0:
    __slots__ = ('a',)
t(assign(AB(), BA))
t(assign(WD(), WD2))
t(assign(WW(), WW0))
t(assign(WW0(), WW))
t(assign(WW0(), AB))
class E1: pass
class E2:
    __slots__ = ('__dict__',)
class E3:
    __slots__ = ('__dict__', '__weakref__')
class E4:
    __slots__ = ('__weakref__',)
class E5:
    __slots__ = ()
t(assign(E1(), E2))
t(assign(E1(), E3))
t(assign(E2(), E3))
t(assign(E4(), E5))
t(assign(E5(), E4))
class S0:
    __slots__ = ()
class S1(S0):
    __slots__ = ('__weakref__',)
class S2(S0):
    pass
t(assign(S1(), S0))
t(assign(S2(), S1))
class P: pass
class Q(P): pass
class R(P):
    __slots__ = ()
t(assign(Q(), R))
t(assign(P(), R))
