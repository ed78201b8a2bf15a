# Regression: isinstance() ignored the class an object claims through __class__ (property, class attribute, __getattribute__)
class Target: pass
class Sub(Target): pass
class Proxy:
    @property
    def __class__(self): return Target
p = Proxy()
print(isinstance(p, Target), isinstance(p, Proxy), isinstance(p, (int, Target)), isinstance(p, int | Target), isinstance(p, object))
print(type(p).__name__, p.__class__.__name__)
class Liar:
    __class__ = int
print(isinstance(Liar(), int), isinstance(Liar(), Liar), isinstance(Liar(), str))
class GA:
    def __getattribute__(self, name):
        if name == "__class__": return Sub
        return object.__getattribute__(self, name)
print(isinstance(GA(), Target), isinstance(GA(), Sub), isinstance(GA(), (str, Sub)))
class NotAType:
    __class__ = 5
print(isinstance(NotAType(), int))
class Bad:
    @property
    def __class__(self): raise AttributeError("nope")
print(isinstance(Bad(), int), isinstance(Bad(), Bad))
class Boom:
    @property
    def __class__(self): raise ValueError("boom")
try:
    print(isinstance(Boom(), int))
except ValueError as e: print("ValueError", e)
print(isinstance(Boom(), Boom))
print(type.__instancecheck__(Target, p), Target.__instancecheck__(p))
class Meta(type): pass
class MT(metaclass=Meta): pass
class P2:
    @property
    def __class__(self): return MT
print(isinstance(P2(), MT))
try:
    issubclass(Proxy, Target)
except TypeError as e: print(e)
print(issubclass(Proxy, Target))
print(Liar().__class__, type(Liar()).__name__)
class Plain: pass
o = Plain()
print(isinstance(o, Plain), isinstance(o, (int, str)), isinstance(3, Plain), isinstance("s", (Plain, str)))
