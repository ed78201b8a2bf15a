# Regression: deleting a class attribute through an instance without a __dict__ (__slots__) is CPython's read-only AttributeError
def t(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__ + ":", e)
class S:
    __slots__ = ('a',)
    k = 1
    def m(self): pass
s = S()
def d1(): del s.k
def d2(): del s.m
def d3(): del s.nothing
def d4(): del s.a
def d5(): object.__delattr__(s, 'k')
def d6(): s.k = 2
class L(list):
    __slots__ = ()
    k = 1
def d7(): del L().k
def d8(): del L().nothing
class SD:
    __slots__ = ('__dict__',)
    k = 1
def d9(): del SD().k
for f in (d1, d2, d3, d4, d5, d6, d7, d8, d9): t(f)
