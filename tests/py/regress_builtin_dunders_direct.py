# Regression: builtin dunders called directly gave other results or errors than CPython's (int.__divmod__(7, 2.0), bytes.__eq__(b, bytearray), list.__imul__(L, 1.5), "list assignment indices", object.__format__(x, 1)...)
def t(label, f):
    try: r = f()
    except Exception as e: r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", repr(r) if not isinstance(r, str) else r)
class I(int): pass
class B(bytes): pass
class K: pass
L = [1, 2]
t("int.__divmod__ float", lambda: int.__divmod__(7, 2.0))
t("int.__divmod__ str", lambda: int.__divmod__(7, "x"))
t("int.__divmod__ int subclass", lambda: int.__divmod__(7, I(2)))
t("bool.__divmod__ float", lambda: bool.__divmod__(True, 2.0))
t("int.__rdivmod__ float", lambda: int.__rdivmod__(7, 2.0))
t("divmod(7, 2.0)", lambda: divmod(7, 2.0))
t("int.__round__(7, None)", lambda: int.__round__(7, None))
t("round(7, None), round(I(7), None)", lambda: (round(7, None), round(I(7), None)))
t("float.__round__(7.5, None)", lambda: float.__round__(7.5, None))
t("bytes.__eq__ bytearray", lambda: (bytes.__eq__(b"a", bytearray(b"a")), bytes.__lt__(b"a", bytearray(b"b")), bytes.__ne__(b"a", "a")))
t("bytes.__eq__ bytes subclass", lambda: (bytes.__eq__(b"a", B(b"a")), bytes.__ge__(b"b", B(b"a"))))
t("bytearray.__eq__ bytes", lambda: bytearray.__eq__(bytearray(b"a"), b"a"))
t("b'a' == bytearray(b'a')", lambda: (b"a" == bytearray(b"a"), bytearray(b"a") == b"a", b"a" < bytearray(b"b")))
t("list.__imul__ float", lambda: list.__imul__([1], 1.5))
t("list.__imul__ int", lambda: list.__imul__([1], 2))
def exec_imul():
    x = [1]
    x *= 1.5
t("L *= 1.5", exec_imul)
def setf(): L[1.0] = 3
def delf(): del L[1.0]
def setbig(): L[5] = 3
def delbig(): del L[5]
for f in (setf, delf, setbig, delbig):
    t(f.__name__, f)
t("list.__setitem__", lambda: list.__setitem__(L, "a", 1))
t("list.__delitem__", lambda: list.__delitem__(L, None))
t("object.__format__ int spec", lambda: object.__format__(K(), 1))
t("object.__format__ None spec", lambda: object.__format__(K(), None))
t("object.__format__ nonempty", lambda: object.__format__(K(), "x"))
t("object.__format__ empty", lambda: object.__format__(5, ""))
t("float.__getformat__(None)", lambda: float.__getformat__(None))
p = property(lambda s: 1)
t("property.__set_name__", lambda: p.__set_name__(K, "zz"))
t("setter message after __set_name__", lambda: p.__set__(K(), 1))
t("property.__set_name__ arity", lambda: p.__set_name__(K))
t("property.__set_name__ wrong self", lambda: property.__set_name__(1, K, "x"))
t("mappingproxy.__str__", lambda: type(K.__dict__).__str__(type("Z", (), {"a": 1}).__dict__).startswith("{'a': 1, "))
t("NotImplementedType.__bool__ own", lambda: "__bool__" in type(NotImplemented).__dict__)
t("union __or__", lambda: ((int | str).__or__(None), (int | str).__or__(1), (int | str).__ror__(bytes)))
t("GenericAlias.__mro_entries__", lambda: (list[int].__mro_entries__(()), type(list[int]).__mro_entries__(dict[str, int], ())))
t("list[int].__or__ (its origin's)", lambda: list[int].__or__(int))
t("list[int].__instancecheck__ (its origin's)", lambda: list[int].__instancecheck__([]))
