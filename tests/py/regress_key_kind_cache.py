# How instances are dict keys is decided once per class and decided again when a class changes:
# __eq__/__hash__ added or removed after instances were used as keys.
class K:
    def __init__(self, v):
        self.v = v
a, b = K(1), K(1)
d = {a: "a"}
print(b in d, a in d, len({a, b}))
K.__eq__ = lambda self, o: isinstance(o, K) and self.v == o.v
K.__hash__ = lambda self: hash(self.v)
print(b in {a: 1}, len({a, b}), {a: 1}.get(b))
class Sub(K):
    pass
print(Sub(1) in {a: 1}, Sub(2) in {a: 1})
del K.__eq__
del K.__hash__
print(b in {a: 1}, len({a, b}))
K.__hash__ = None
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Sub(3))
except TypeError as e:
    print("TypeError:", e)
class E(Exception):
    def __eq__(self, o):
        return isinstance(o, E) and self.args == o.args
    __hash__ = Exception.__hash__
print(E(1) in {E(1): 0}, E(1) in {E(2): 0})
