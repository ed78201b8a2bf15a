# Regression: bytearray *= n made a new object (and __imul__ ran the operator), in-place ops on list/set/dict subclasses recursed
b = bytearray(b'ab'); alias = b
b *= 2
print(alias, b is alias)
r = b.__imul__(2); print(r is b, alias)
b *= 0; print(alias, b is alias)
b += b'xy'; print(alias, b is alias)
b += bytearray(b'q'); print(alias)
b *= -3; print(alias, b is alias)
c = bytearray(b'z'); c.__iadd__(b'w'); print(c)
for x in ['x', 1.5, None]:
    try: c *= x
    except TypeError as e: print(e)
    try: c.__imul__(x)
    except TypeError as e: print(e)
for x in ['x', [1], 5]:
    try: c += x
    except TypeError as e: print(e)
try: c *= 2**70
except (OverflowError, MemoryError) as e: print(type(e).__name__, e)
try: c.__imul__(2**70)
except (OverflowError, MemoryError) as e: print(type(e).__name__, e)
class BA(bytearray): pass
d = BA(b'k'); e = d; d *= 3; print(d, d is e, type(d).__name__); d += b'!'; print(e, d is e)
class BB(bytearray):
    def __imul__(self, n): return 'imul'
    def __iadd__(self, o): return 'iadd'
f = BB(b'1'); f *= 2; print(f); f = BB(b'1'); f += b'2'; print(f)
g = bytearray(b'ab'); h = g * 2; print(g, h, h is g)
t = b'ab'; u = t; t *= 2; print(t, u, t is u)
class L(list): pass
l = L([1]); m = l; l *= 2; print(l, l is m); l += [3]; print(m)
class S(set): pass
s = S({1}); t = s; s |= {2}; s &= {2}; s -= {3}; s ^= {4}; print(sorted(s), s is t)
class D(dict): pass
d = D(a=1); e = d; d |= {'b': 2}; print(d, d is e)
print(list.__imul__([1], 2), [1].__imul__(2))
s = S({1}); print(s.__ior__([2]), set.__ior__(s, {5}) is s, sorted(s))
l2 = L([0]); print(l2.__imul__(3), list.__iadd__(l2, 'ab'), m)
class Ff(frozenset): pass
f = Ff({1}); g = f; f |= {2}; print(sorted(f), f is g, type(f).__name__)
