# Regression: dir() lists the attributes builtin objects have outside their type's dict (generator gi_*, coroutine cr_*, async generator ag_*, dict views' mapping, cell_contents, code co_*), and their descriptors work on the type
def g(): yield 1
async def c(): pass
async def ag(): yield 1
def f(a): return lambda: a
co = c()
want = {"gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom", "cr_await", "cr_code",
        "cr_frame", "cr_running", "cr_suspended", "ag_await", "ag_code", "ag_frame", "ag_running",
        "mapping", "cell_contents", "co_argcount", "co_name", "co_varnames", "co_flags", "__name__", "__qualname__"}
for o in [g(), co, ag(), {}.keys(), {}.values(), {}.items(), f(1).__closure__[0], f.__code__]:
    print(type(o).__name__, sorted(n for n in dir(o) if n in want))
co.close()
x = g()
print(type(x).gi_running.__get__(x), type({}.keys()).mapping.__get__({1: 2}.keys()))
cell = f(5).__closure__[0]
print(type(cell).cell_contents.__get__(cell), type(f.__code__).co_name.__get__(f.__code__))
print(type(x).gi_frame, type(f.__code__).co_name, type(x).__name__, x.__name__)
print(all(hasattr(x, n) for n in dir(x)))
