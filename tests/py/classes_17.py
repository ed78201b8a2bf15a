# Object equality defaults, identity, and hash defaults
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a))
s = {a, b, a}
print(len(s))
d = {a: 1, b: 2}
print(d[a], d[b])
print(a in [b], a in [b, a], [a, b].index(b), [a, a, b].count(a))
class AlwaysEqual:
    def __eq__(self, o):
        return True
    __hash__ = None
x = AlwaysEqual()
print(x == 1, x == "s", 1 == x, x != 2, [1, 2].index(x) if False else [x].count(5))
print(isinstance(x.__hash__, type(None)))
