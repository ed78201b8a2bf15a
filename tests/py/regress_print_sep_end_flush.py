# Regression: print() wrote a str subclass's sep/end without str(), checked end before sep, and ignored flush's truth without file= (and took it after writing with file=)
class S(str):
    def __str__(self):
        print("[str]", end="")
        return "X"
class P(str):
    pass
class W:
    def __init__(self): self.log = []
    def write(self, s): self.log.append((type(s).__name__, s))
    def flush(self): self.log.append("flush")
print("a", "b", sep=S("-"))
print("c", end=S("!\n"))
print()
print("d", "e", sep=P("+"), end=P(";\n"))
w = W()
print("a", "b", sep=S("-"), end=S("."), file=w, flush=1)
print(w.log)
print(sep=S("-"))
print(end=S("-"))
print()
class Bad(str):
    def __str__(self): return 5
try:
    print("q", "r", sep=Bad("-"))
except TypeError as e:
    print("TypeError", e)
class B:
    def __bool__(self): raise ValueError("no truth")
try:
    print("x", "y", sep=S("-"), flush=B())
except ValueError as e:
    print("ValueError", e)
# checks in CPython's order: unknown keyword, flush's truth, sep, end; file only when written to
class NoWrite: pass
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
t(lambda: print("a", sep=5, flush=B()))
t(lambda: print("a", end=5, flush=B()))
t(lambda: print("a", file=NoWrite(), sep=5))
t(lambda: print("a", file=NoWrite(), flush=B()))
t(lambda: print("a", file=NoWrite()))
t(lambda: print("a", foo=1, flush=B()))
t(lambda: print("a", flush=B(), foo=1))
t(lambda: print("a", end=5, sep=6))
t(lambda: print(file=5))
t(lambda: print(file=5, flush=True))
t(lambda: print(file=None, flush=True, end=""))
w2 = W()
t(lambda: print("a", file=w2, flush=B()))
t(lambda: print("a", file=w2, sep=S("-"), end=7))
print(w2.log)
