# Regression: staticmethod and classmethod objects lacked __wrapped__, __isabstractmethod__ and attributes of their own
def f(): pass
def g(): pass
g.__isabstractmethod__ = True
for d in (staticmethod(f), classmethod(f), staticmethod(g), classmethod(g)):
    print(type(d).__name__, d.__wrapped__ is d.__func__, d.__isabstractmethod__, d.__name__, d.__qualname__, d.__doc__, d.__module__)
print(property(f).__isabstractmethod__, property(g).__isabstractmethod__, property(None, g).__isabstractmethod__)
sm = staticmethod(f)
sm.extra = 1
print(sm.extra, sm.__dict__)
try:
    staticmethod(f).__wrapped__ = 2
    print("set ok")
except AttributeError as e: print(e)
class A:
    @staticmethod
    def s(): "sdoc"
    @classmethod
    def c(cls): "cdoc"
print(A.__dict__["s"].__wrapped__ is A.s, A.__dict__["c"].__wrapped__ is A.c.__func__, A.__dict__["s"].__doc__)
del sm.extra
print(hasattr(sm, "extra"), sm.__name__)
for d, attr in ((staticmethod(f), "__wrapped__"), (classmethod(f), "__func__"), (staticmethod(f), "__isabstractmethod__"), (property(f), "__isabstractmethod__")):
    try:
        setattr(d, attr, 1)
    except AttributeError as e:
        print(type(d).__name__, attr, e)
