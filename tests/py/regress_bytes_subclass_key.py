# Regression: an instance of a bytes subclass was not the same dict/set key as the equal bytes
class B(bytes):
    pass
class C(complex):
    pass
class T(tuple):
    pass
class F(frozenset):
    pass
class S(str):
    pass
class I(int):
    pass
class BH(bytes):
    def __hash__(self):
        return 7
class BE(bytes):
    def __eq__(self, o):
        return False
    __hash__ = bytes.__hash__
d = {b"k": 1}
print(d.get(B(b"k")), B(b"k") in {b"k"}, {B(b"k"): 1}.get(b"k"), len({b"k", B(b"k")}), hash(B(b"k")) == hash(b"k"))
d[B(b"k")] = 2
print(d, [type(k).__name__ for k in d])
d = {B(b"k"): 1}
d[b"k"] = 2
print(d, [type(k).__name__ for k in d])
del d[b"k"]
print(d)
s = {B(b"x"), b"x", B(b"y")}
print(len(s), sorted(s))
s.discard(b"y")
print(len(s))
print({1+2j: 1}.get(C(1+2j)), len({C(2), 2, 2.0}))
print({(1, 2): 1}.get(T((1, 2))), {frozenset([1]): 1}.get(F([1])), {"a": 1}.get(S("a")), {1: 1}.get(I(1)))
print({b"k": 1}.get(BH(b"k")), {BH(b"k"): 1}.get(b"k"))
print({b"k": 1}.get(BE(b"k")), len({BE(b"k"), b"k"}))
print(dict.fromkeys([b"a", B(b"a"), B(b"b")]))
