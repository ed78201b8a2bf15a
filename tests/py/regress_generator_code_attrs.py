# Regression: generators had no gi_code/gi_suspended, gi_frame was the generator itself, and co_flags used internal bits instead of CPython's (0x20 generator, 0x80 coroutine, 0x200 async generator)
def gen():
    yield 1
    yield 2
async def co(): return 1
async def ag(): yield 1
def plain(): return 1
for f in (gen, co, ag, plain, lambda: 1):
    print(f.__code__.co_flags & 0x3ff)
g = gen()
print(g.gi_code is gen.__code__, g.gi_code.co_name, g.gi_suspended, g.gi_running, g.gi_yieldfrom)
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
next(g)
print(g.gi_suspended, g.gi_frame.f_lineno, g.gi_frame is g.gi_frame)
list(g)
print(g.gi_frame, g.gi_suspended)
c = co()
print(c.cr_code.co_name, c.cr_suspended, c.cr_running, c.cr_frame.f_code.co_name, c.cr_await)
c.close()
a = ag()
print(a.ag_code.co_name, a.ag_running, a.ag_frame.f_code.co_name, a.ag_await)
def w():
    yield 1
def outer():
    x = yield from w()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_frame.f_lineno)
print(type(g.gi_frame).__name__)
def me():
    yield g2.gi_running, g2.gi_suspended, g2.gi_frame.f_lineno
g2 = me()
print(next(g2))
print((x for x in []).gi_code.co_name)
def f():
    def g(): pass
    class C:
        def m(self): pass
    return g, C
g, C = f()
print(g.__code__.co_flags, C.m.__code__.co_flags)
class D:
    def m(self):
        def n(*a, **k): pass
        return n
print(D.m.__code__.co_flags, D().m().__code__.co_flags)
print((lambda: (lambda: 1))().__code__.co_flags)
