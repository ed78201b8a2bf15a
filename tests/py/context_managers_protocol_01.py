# context managers
class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.swallow
with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("bad")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("d") as d1, CM("e") as e1:
    print(d1, e1)
with CM("f", True), CM("g"):
    1 / 0
print("after fg")
def f():
    with CM("h"):
        return "ret"
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 0: continue
        if i == 1: break
print("loop done", i)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("inner")
except RuntimeError as e:
    print("RT", e, repr(e.__context__))
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self): raise OSError("nope")
    def __exit__(self, *a):
        print("never"); return True
try:
    with EnterFails():
        print("never body")
except OSError as e:
    print("OSError", e)
class Truthy:
    def __enter__(self): return 1
    def __exit__(self, *a): return "yes"
with Truthy() as t:
    raise ZeroDivisionError
print("swallowed by truthy", t)
# tuple-unpack target
class Pair:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): return False
with Pair() as (a, [b, c]):
    print(a, b, c)
# parenthesized with
with (CM("p") as p, CM("q") as q):
    print(p + q)
