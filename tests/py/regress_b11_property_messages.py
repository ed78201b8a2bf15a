# Regression: missing getter/setter messages name the property and class
class NG:
    x = property(None, lambda s, v: None)
try:
    NG().x
except AttributeError as e:
    print(e)
class Q:
    @property
    def a(self): return 1
try:
    Q.a.__set__(Q(), 5)
except AttributeError as e:
    print(e)
