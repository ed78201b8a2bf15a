# Regression: % formatting took a str subclass (and bytes formatting a bytes subclass) as a mapping of arguments, so "s" % S("x") printed s instead of raising "not all arguments converted"
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class L(list): pass
for fmt in ["s", b"s"]:
    for a in ["x", S("x"), b"x", B(b"x"), bytearray(b"x"), BA(b"x"), T((1,)), L([1]), [1], {1: 2}, 5, range(3)]:
        try: r = fmt % a
        except TypeError as e: r = "TypeError: " + str(e)
        print(repr(fmt), type(a).__name__, repr(r))
print("%s" % T((1,)), "%s %s" % T((1, 2)))
try: print("%(a)s" % S("x"))
except TypeError as e: print(e)
