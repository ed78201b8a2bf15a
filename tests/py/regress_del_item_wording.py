# Regression: 'del o[k]' on an object without item deletion: CPython says "doesn't" only for a type with sequence methods and an index key, else "does not"
for o, k in [(None, 0), (5, 0), ({1}, 0), ({1}, "x"), ("ab", 0), ("ab", "x"), (frozenset(), 0), (range(3), 0), (b"a", 0), (type(type.__dict__)({}), 0), ((1,), "x"), (iter([]), 0), (len, 0)]:
    try:
        del o[k]
    except TypeError as e:
        print(type(o).__name__, e)
class A: pass
class L(list): pass
for o, k in [(A(), 0), (A(), "x"), (A, 0), ({}.keys(), 0), ({}.keys(), "k"), (True, 0), (1.5, 0), (1j, 0), (slice(1), 0), (A().__init__, 0), (None, True), ((1,), True), ((1,), 1.5)]:
    try:
        del o[k]
    except TypeError as e:
        print(type(o).__name__, e)
for o, k in [(A(), 0), ((1,), 0), ((1,), "x"), ("s", 0), (None, 0), (type.__dict__, 0)]:
    try:
        o[k] = 1
    except TypeError as e:
        print(type(o).__name__, e)
class I2(int): pass
class X:
    def __index__(self): return 0
for k in [I2(0), X(), 0.0]:
    try:
        del (1,)[k]
    except TypeError as e: print(e)
