# Regression: item assignment on a tuple subclass names the subclass in the TypeError
class T(tuple): pass
class P(tuple):
    x = property(lambda s: s[0])
for o in [(1,), T((1,)), P((1, 2)), "ab", b"ab", frozenset(), range(3)]:
    try:
        o[0] = 1
    except TypeError as e:
        print(e)
