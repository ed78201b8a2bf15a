# Regression: builtin types lacked their own __repr__ and comparisons (dict.__repr__ was object.__repr__, range.__eq__ and slice.__lt__ returned NotImplemented when called directly)
def t(label, f):
    try: r = f()
    except Exception as e: r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", repr(r) if not isinstance(r, str) else r)
def gen(): yield 1
class K:
    def m(self): pass
class L(list): pass
class L2(list):
    __repr__ = object.__repr__
class D(dict): pass
class S(set): pass
class T(tuple): pass
class C(complex): pass
types = [list, tuple, dict, set, frozenset, range, slice, type(None), type(NotImplemented), type(...), staticmethod, classmethod, super,
         type(gen()), type(t), type(K().m), type(len), type(str.join), type(int.__add__), type((1).__add__), type(K.__dict__),
         type(int.real), type({}.keys()), type({}.values()), type({}.items()), type(list[int]), type(int | str)]
for T_ in types:
    print(T_.__name__, "__repr__" in T_.__dict__, T_.__repr__ is object.__repr__, type(T_.__dict__["__repr__"]).__name__)
for T_ in [range, slice, type({}.keys()), type({}.items()), type(len), type((1).__add__), type(K().m), type(K.__dict__), complex]:
    print(T_.__name__, [n for n in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__") if n in T_.__dict__])
t("dict.__repr__", lambda: dict.__repr__({1: [2, "x"]}))
t("list.__repr__ of a subclass", lambda: list.__repr__(L([3])))
t("list.__repr__ wrong type", lambda: list.__repr__((1,)))
t("dict.__repr__ wrong type", lambda: dict.__repr__([1]))
t("NoneType.__repr__", lambda: type(None).__repr__(None))
t("NoneType.__repr__ wrong type", lambda: type(None).__repr__(0))
t("ellipsis, NotImplemented", lambda: (type(...).__repr__(...), type(NotImplemented).__repr__(NotImplemented)))
t("range.__repr__", lambda: range.__repr__(range(0, 5, 2)))
t("slice.__repr__", lambda: slice.__repr__(slice(None, 2)))
t("staticmethod.__repr__", lambda: staticmethod.__repr__(staticmethod(len)))
t("builtin repr", lambda: (type(len).__repr__(len), type(str.join).__repr__(str.join), type(int.__add__).__repr__(int.__add__)))
t("views", lambda: (type({}.keys()).__repr__({1: 2}.keys()), type({}.values()).__repr__({1: 2}.values()), type({}.items()).__repr__({1: 2}.items())))
t("view repr wrong type", lambda: type({}.keys()).__repr__({}))
t("alias repr", lambda: (type(list[int]).__repr__(list[int]), type(int | str).__repr__(int | str)))
t("repr arity", lambda: list.__repr__([], 1))
t("repr keywords", lambda: list.__repr__([], a=1))
t("object.__repr__ of a list", lambda: object.__repr__([1]).startswith("<list object at 0x"))
t("object.__repr__ of an instance", lambda: object.__repr__(K()).startswith("<__main__.K object at 0x"))
t("object.__str__ of a list subclass", lambda: object.__str__(L([1])))
t("reprs of subclasses", lambda: (repr(L([1, 2])), repr(D(a=1)), repr(S({1})), repr(T((1,))), repr(C(1, 2)), str(L([1])), f"{L([1])!r}"))
t("__repr__ = object.__repr__ in a list subclass", lambda: repr(L2([1])).startswith("<__main__.L2 object at 0x"))
t("super().__repr__() in a list subclass", lambda: type("Q", (list,), {"__repr__": lambda s: "Q" + super(type(s), s).__repr__()})([1]).__repr__())
t("range.__eq__", lambda: (range.__eq__(range(3), range(0, 3)), range.__eq__(range(0), range(5, 2)), range.__ne__(range(3), range(4))))
t("range.__eq__ other types", lambda: (range.__eq__(range(1), [0]), range.__lt__(range(1), range(2))))
t("range ==", lambda: (range(3) == range(0, 3), range(0, 4, 2) == range(0, 3, 2), range(3) != range(3)))
t("range <", lambda: range(1) < range(2))
t("slice comparisons", lambda: [f(slice(1, 2), slice(1, 3)) for f in (slice.__eq__, slice.__ne__, slice.__lt__, slice.__le__, slice.__gt__, slice.__ge__)])
t("slice operators", lambda: (slice(1, 2) < slice(1, 3), slice(1, 2) == slice(1, 2), slice(1, 2, 3) >= slice(1, 2, None), slice(2) > slice(1)))
t("slice.__eq__ other types", lambda: (slice.__eq__(slice(1), 1), slice.__le__(slice(1, 2), (1, 2))))
t("slice.__eq__ wrong self", lambda: slice.__eq__(1, slice(1)))
t("slice < with unorderable parts", lambda: slice(1, "a") < slice(1, 2))
t("keys view comparisons", lambda: [f({1: 2}.keys(), {1, 2}) for f in (type({}.keys()).__eq__, type({}.keys()).__lt__, type({}.keys()).__ge__)])
t("keys view vs list", lambda: type({}.keys()).__eq__({1: 2}.keys(), [1]))
t("items view <=", lambda: type({}.items()).__le__({1: 2}.items(), {(1, 2), 3}))
t("values view ==", lambda: type({}.values()).__eq__({1: 2}.values(), {1: 2}.values()))
t("builtin function ==", lambda: (type(len).__eq__(len, len), type(len).__eq__([].append, [].append), type(len).__eq__(len, 1), type(len).__lt__(len, len)))
t("method-wrapper ==", lambda: (lambda x: (type(x.__add__).__eq__(x.__add__, x.__add__), hash(x.__add__) == hash(x.__add__)))(5))
t("method <", lambda: type(K().m).__lt__(K().m, K().m))
t("alias ==", lambda: (type(list[int]).__eq__(list[int], list[int]), type(list[int]).__ne__(list[int], list[str]), type(list[int]).__lt__(list[int], list[str])))
t("union ==", lambda: type(int | str).__eq__(int | str, str | int))
t("mappingproxy ==", lambda: type(K.__dict__).__eq__(type("Z", (), {}).__dict__, {}))
t("mappingproxy <", lambda: type(K.__dict__).__lt__(type("Z", (), {}).__dict__, {}))
t("complex orderings", lambda: (complex.__lt__(1j, 2j), complex.__ge__(1j, 1)))
t("complex <", lambda: 1j < 2j)
t("complex subclass <", lambda: C(1) < C(2))
t("complex.__lt__ wrong self", lambda: complex.__lt__(1, 2j))
t("tuple.__getnewargs__", lambda: (tuple.__getnewargs__((1, 2)), T((1,)).__getnewargs__()))
t("tuple.__getnewargs__ wrong self", lambda: tuple.__getnewargs__([1]))
