# Regression: list/set subclasses accepted extra constructor arguments; set and frozenset subclasses' errors name the subclass
class L(list): pass
class S(set): pass
class FS(frozenset): pass
class D(dict): pass
class T(tuple): pass
class BA(bytearray): pass
for f in [lambda: L([1], [2]), lambda: S([1], [2]), lambda: FS([1], [2]), lambda: list([1],[2]), lambda: set([1],[2]),
          lambda: list.__init__([], 1, 2), lambda: set.__init__(set(), 1, 2), lambda: L(x=1), lambda: S(x=1), lambda: list(x=1), lambda: set(x=1),
          lambda: D([1], [2]), lambda: T([1], [2]), lambda: tuple([1], [2]), lambda: list.__init__([], x=1), lambda: set.__init__(set(), x=1),
          lambda: frozenset([1],[2]), lambda: BA(1, 2, 3, 4), lambda: dict.__init__({}, 1, 2), lambda: L(iterable=[1])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
