# Regression: a non-iterable *x among other positional arguments (k(1, *None)) named the callee instead of CPython's 'Value after * must be an iterable'
def k(*a, **kw):
    return a
def t(f):
    try: print(f())
    except TypeError as e: print(e)
t(lambda: k(*None))
t(lambda: k(1, *None))
t(lambda: k(*None, 1))
t(lambda: k(*[1], *None))
t(lambda: k(*None, x=1))
t(lambda: k(1, *None, x=1))
t(lambda: k(*(), *None))
t(lambda: [1, *None])
t(lambda: [*None])
t(lambda: (1, *None))
t(lambda: (*None,))
t(lambda: {*None})
t(lambda: {1, *None})
t(lambda: print(*None))
t(lambda: print(1, *None))
t(lambda: k(*1))
t(lambda: k(2, *1))
class NI:
    __iter__ = None
t(lambda: k(2, *NI()))
t(lambda: k(*NI()))
class BadIter:
    def __iter__(self): raise TypeError('inner')
t(lambda: k(2, *BadIter()))
t(lambda: k(*BadIter()))
t(lambda: [*BadIter()])
class O:
    def m(self, *a, **kw): return a
o = O()
t(lambda: k(x=1, *None))
t(lambda: k(x=1, *None, y=2))
t(lambda: k(*None, key=lambda a, b: 0))
t(lambda: k(key=lambda a, b=(1, 2): 0, *None))
t(lambda: k(1, key=lambda a, b: 0, *None))
t(lambda: k(f"{1, 2}", *None))
t(lambda: k(*None, **{}))
t(lambda: k(1, *None, **{}))
t(lambda: k(*[], *None, **{}))
t(lambda: o.m(*None))
t(lambda: o.m(1, *None))
t(lambda: o.m(*None, x=1))
t(lambda: O.m(o, *None))
t(lambda: k(*None,))
t(lambda: k(*None, *[]))
def cl():
    class C(*None): pass
t(cl)
def cl2():
    class C(object, *None): pass
t(cl2)
