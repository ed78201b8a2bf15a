# Regression: the MRO merge was cubic in the number of bases (CPython's algorithm), __bases__ assignment recursed per class, and the duplicate-base error named the wrong class
def t(f):
    try: print("ok", f())
    except TypeError as e: print("TypeError", e.args)
def names(c): return " ".join(k.__name__ for k in c.__mro__)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print(names(D), "|", names(E))
t(lambda: type("F", (D, E), {}))
t(lambda: type("F", (A, B), {}))
t(lambda: type("F", (B, C, D), {}))
# the first base that occurs again, as CPython's check_duplicates
t(lambda: type("F", (A, B, B, A), {}))
t(lambda: type("F", (B, A, C, A, B), {}))
t(lambda: type("F", (B, C, C), {}))
# many bases
bases = [type("B%d" % i, (), {}) for i in range(300)]
W = type("W", tuple(bases), {})
print(len(W.__mro__), W.__mro__[1] is bases[0], W.__mro__[-2] is bases[-1], W.__mro__[-1] is object)
W2 = type("W2", (W,) + tuple(type("V%d" % i, (bases[i],), {}) for i in range(0, 300, 7)), {})
print(len(W2.__mro__), names(W2).split()[:6], names(W2).split()[-3:])
# an inconsistent merge of many bases: CPython's message is cut to 999 bytes
X = type("X", (bases[0],), {})
try:
    type("Y", tuple(bases) + (X,), {})
except TypeError as e:
    print(len(e.args[0]), e.args[0][:70].replace("\n", "/"), e.args[0][-30:])
# cut through a character: the TypeError has no arguments
wide = [type("Bäse%d" % i, (), {}) for i in range(200)]
t(lambda: type("Y", tuple(wide) + (type("X", (wide[0],), {}),), {}))
for pad in range(1, 4):
    wide = [type("Bäse%d" % i + "x" * pad, (), {}) for i in range(200)]
    try:
        type("Y", tuple(wide) + (type("X", (wide[0],), {}),), {})
    except TypeError as e:
        print(pad, len(e.args), len(str(e)), str(e)[-20:])
# a deep chain
class Root: pass
K = Root
chain = []
for i in range(400):
    K = type("K%d" % i, (K,), {})
    chain.append(K)
print(len(K.__mro__), K.__mro__[1].__name__, K.__mro__[-3].__name__, isinstance(K(), chain[0]))
class Deep(K, B): pass
print(len(Deep.__mro__), names(Deep).split()[-4:])
# __bases__ assignment recomputes the MROs of every class below, a chain 400 deep
class P: pass
class Q: pass
chain[0].__bases__ = (P, Q)
print(len(K.__mro__), names(K).split()[-4:], len(Deep.__mro__), names(Deep).split()[-5:])
try:
    chain[0].__bases__ = (Q, P, Q)
except TypeError as e:
    print(e, len(K.__mro__), names(K).split()[-3:])
# a metaclass's own mro() replaces C3, for one base or several; its repeats are kept
class M(type):
    def mro(cls):
        return [cls, A, A, object]
class G(metaclass=M): pass
class H(G): pass
class I(G, B): pass
print(names(G), "|", names(H), "|", names(I))
class N(type):
    def mro(cls):
        r = super().mro()
        return r[:1] + r[1:][::-1]
class J(B, C, metaclass=N): pass
print(names(J))
# instances of a class deep below one with __dict__ / __weakref__ have them; __slots__ cannot add them again
class S(K): __slots__ = ("a",)
s = S()
s.a = 1
s.b = 2
print(s.a, s.b, "__dict__" in S.__dict__, "__weakref__" in S.__dict__)
t(lambda: type("T", (K,), {"__slots__": ("__dict__",)}))
t(lambda: type("T", (K,), {"__slots__": ("__weakref__",)}))
class U: __slots__ = ()
class U2(U): __slots__ = ("__weakref__",)
print("__weakref__" in U2.__dict__, "__dict__" in U2.__dict__)
t(lambda: type("T", (U2,), {"__slots__": ("__weakref__",)}))
t(lambda: type("T", (U2,), {"__slots__": ("__dict__",)}).__name__)
class Own:
    __dict__ = 5
t(lambda: type("T", (Own,), {"__slots__": ("__dict__",)}))
