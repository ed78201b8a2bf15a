# Regression: a def or class declared `global` in its enclosing function or class kept a nested __qualname__
def setup():
    global helper, Thing
    def helper(): pass
    class Thing:
        def m(self): pass
        class Inner:
            def n(self): pass
        def k(self):
            return lambda: 0
    def local(): pass
    return local
loc = setup()
print(helper.__qualname__, Thing.__qualname__, Thing.m.__qualname__, Thing.Inner.__qualname__)
print(Thing.Inner.n.__qualname__, Thing().k().__qualname__, loc.__qualname__)
print(Thing, Thing.Inner)

class A:
    global B
    class B:
        pass
    def m(self):
        global helper2
        def helper2(): pass
        def other(): pass
        return other
    class C:
        global __P
        class __P:
            def f(self): pass
        class __Q:
            pass
print(B.__qualname__, B, A().m().__qualname__, helper2.__qualname__)
print(_C__P.__qualname__, _C__P.f.__qualname__, A.C._C__Q.__qualname__)

# only `global` changes it: nonlocal keeps the nested name
def outer():
    def fn(): pass
    class K: pass
    def inner():
        nonlocal fn, K
        def fn(): pass
        class K: pass
    inner()
    return fn, K
fn, K = outer()
print(fn.__qualname__, K.__qualname__)

# a global declared for another name, or in an enclosing function further out, does not count
def deep():
    global G
    def mid():
        def G(): pass
        return G
    return mid()
print(deep().__qualname__)

# generator, coroutine and async generator functions too
def gens():
    global gen, coro, agen
    def gen(): yield 1
    async def coro(): pass
    async def agen(): yield 1
gens()
c = coro()
print(gen.__qualname__, coro.__qualname__, agen.__qualname__, gen().__qualname__, c.__qualname__)
c.close()
