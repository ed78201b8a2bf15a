# Regression: issubclass()/isinstance() with objects that stand for classes by providing __bases__ (CPython's abstract_issubclass)
def t(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__ + ":", e)
class BP:
    __bases__ = (int,)
class Multi:
    def __init__(self, *b): self.__bases__ = b
class Fake:
    def __init__(self, bases, cls=None):
        self.__bases__ = bases
        if cls is not None: self.__class__ = cls
root = Multi()
mid = Multi(root)
leaf = Multi(Multi(), mid)
t(lambda: issubclass(BP(), int))
t(lambda: issubclass(BP(), str))
t(lambda: issubclass(leaf, root))
t(lambda: issubclass(leaf, mid))
t(lambda: issubclass(root, leaf))
t(lambda: issubclass(leaf, leaf))
t(lambda: issubclass(5, int))
t(lambda: issubclass(int, 5))
t(lambda: issubclass(int, root))
t(lambda: issubclass(root, int))
t(lambda: issubclass(leaf, (5, root)))
class Inst:
    pass
i = Inst()
t(lambda: isinstance(i, root))
class HasClass:
    @property
    def __class__(self): return leaf
t(lambda: isinstance(HasClass(), root))
t(lambda: isinstance(HasClass(), mid))
t(lambda: isinstance(HasClass(), int))
t(lambda: isinstance(5, root))
t(lambda: isinstance(5, 5))
t(lambda: type.__subclasscheck__(int, BP()))
t(lambda: type.__subclasscheck__(int, 5))
