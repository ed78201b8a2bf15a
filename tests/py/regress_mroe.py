# Regression: a base with __mro_entries__ is replaced by the classes it returns (__orig_bases__ keeps the original)
class Base:
    pass
class Marker:
    def __init__(self, *types):
        self.types = types
    def __mro_entries__(self, bases):
        print("entries", len(bases))
        return self.types
class C(Marker(Base), list[int]):
    pass
print(C.__bases__, C.__orig_bases__[1], isinstance(C(), Base))
class Empty:
    def __mro_entries__(self, bases):
        return ()
class D(Empty()):
    pass
print(D.__bases__)
class Bad:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class E(Bad()):
        pass
except TypeError as e:
    print(e)
