# Regression: (1j).__hash__() and range/method/alias __hash__ called directly differed from hash(); complex.__getnewargs__ was missing
vals = [0, 1, -1, 2**61, -2**61, 2**100, -2**64 + 5, 1.5, -0.0, 2.5e300, float('inf'), float('-inf'), 'abc', '', 'é😀', b'xyz', b'', (1, 2), (), ('a', (1.5, None)), frozenset(), frozenset({1, 2, 3}), range(5), range(0), range(1, 10, 3), 1j, 2.5+0j, 1+2j, -3.5-7j, complex(0, -1), True, False, None, Ellipsis, NotImplemented, 3.0]
for v in vals:
    h = type(v).__hash__(v)
    print(type(v).__name__, repr(v)[:20], v.__hash__() == hash(v), h == hash(v))
print((1+2j).__getnewargs__(), (-0.0-1.5j).__getnewargs__(), complex.__getnewargs__(3j))
for f in [lambda: complex.__getnewargs__(1), lambda: (1j).__getnewargs__(1), lambda: complex.__hash__(1.5), lambda: int.__hash__('a'), lambda: float.__hash__(1), lambda: str.__hash__(1), lambda: tuple.__hash__([]), lambda: frozenset.__hash__(set()), lambda: bytes.__hash__(bytearray()), lambda: range.__hash__(1), lambda: [].__hash__(), lambda: bytearray().__hash__]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
class C(complex): pass
print(C(1, 2).__hash__() == hash(1+2j), C(1, 2).__getnewargs__())
class F(float): pass
print(F(2.5).__hash__() == hash(2.5))
class H(complex):
    def __hash__(self):
        return super().__hash__() + 1
print(hash(H(1, 2)) == hash(1+2j) + 1, H(3).__getnewargs__())
class L:
    def m(self): pass
a, b = L(), L()
print(a.m.__hash__() == hash(a.m), a.m.__hash__() == b.m.__hash__() or hash(a.m) != hash(b.m))
print([].append.__hash__() == hash([].append) or True, len.__hash__() == hash(len))
print(type(list[int]).__hash__(list[int]) == hash(list[int]) == hash(list[int]), (int | str).__hash__() == hash(int | str) == hash(int | str))
print(type(None).__hash__(None) == hash(None), object.__hash__(None) == hash(None))
for f in [lambda: range.__hash__(1), lambda: range(3).__hash__(1)]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
