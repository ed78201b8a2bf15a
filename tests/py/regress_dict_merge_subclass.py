# Regression: merging a dict subclass that overrides __iter__ (dict(), update, {**d}, f(**d), copy, |) read its storage instead of keys() and __getitem__
class K(dict):
    def keys(self):
        print("  K.keys"); return ["a"]
    def __getitem__(self, k):
        print("  K.getitem", k); return 99
class I(dict):
    def __iter__(self):
        print("  I.iter"); return iter(["a"])
    def __getitem__(self, k):
        print("  I.getitem", k); return 77
class IK(dict):
    def __iter__(self):
        print("  IK.iter"); return iter(["b"])
    def keys(self):
        print("  IK.keys"); return ["a"]
class G(dict):
    def __getitem__(self, k):
        print("  G.getitem", k); return 5
def f(**kw): return kw
for cls in (K, I, IK, G):
    d = cls(a=1, b=2)
    print(cls.__name__, "dict():", dict(d))
    print(cls.__name__, "{**d}:", {**d})
    print(cls.__name__, "f(**d):", f(**d))
    e = {}
    e.update(d)
    print(cls.__name__, "update:", e)
    print(cls.__name__, "copy:", dict.copy(d))
    print(cls.__name__, "|:", {} | d)
    e = {}; e |= d
    print(cls.__name__, "|=:", e)
