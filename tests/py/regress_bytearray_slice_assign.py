# Regression: bytearray slice assignment stored out-of-range ints, accepted str/float, and rejected b'' for an extended slice
class I:
    def __index__(self): return 1
class F:
    def __float__(self): return 1.0
class It:
    def __iter__(self): return iter([65, 66])
def t(idx, v):
    ba = bytearray(b'0123456789')
    try:
        ba[idx] = v
        print(ba)
    except Exception as e: print(type(e).__name__ + ':', e)
for v in [[300, -1], 'xy', 1.5, 5, True, 2j, I(), F(), None, [1.5], ['a'], It(), (x for x in b'XY'), {66: 1}, b'', bytearray(b'AB'), [], [2**70]]:
    t(slice(1, None), v)
for v in [b'', [], b'ABCDE', b'AB', [1.5], 'x', None, It()]:
    t(slice(None, None, 2), v)
t(slice(None, None, -3), b'WXYZ')
t(slice(8, 2), b'AB')
t(slice(8, 2, -2), b'ABC')
t(slice(2, 8, -1), b'')
t(slice(2, 8, -1), b'Q')
t(slice(0, 10, 1), b'')
t(slice(3, 3), b'xyz')
ba = bytearray(b'abc'); ba[1:] = ba; print(ba)
ba = bytearray(b'abc'); ba[::-1] = ba; print(ba)
t('a', b'x')
t(1.0, 5)
t(1, 'a'); t(1, 256); t(1, b'a')
del_ = bytearray(b'0123456789'); del del_[::3]; print(del_)
for k in [slice(None, None, 3), slice(None, None, -2), slice(1, 8, 3), slice(8, 1, -3), slice(2, 5), slice(5, 2), slice(-3, None), slice(None, None, 100), 0, -1, 9]:
    ba = bytearray(b'0123456789'); del ba[k]; print(ba, len(ba))
for k in [10, -11, 'a']:
    ba = bytearray(b'0123456789')
    try: del ba[k]
    except Exception as e: print(type(e).__name__ + ':', e)
ba = bytearray(b'0123456789')
try: ba[::0] = b''
except Exception as e: print(type(e).__name__ + ':', e)
class BA(bytearray):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
b = BA(b'abc'); b[1:] = b'XYZ'; print(b); b[0:1] = [1, 2]; print(b)
try: b[:] = [256]
except ValueError as e: print(e)
bytearray.__setitem__(b, slice(0, 2), b'')
print(b)
b = bytearray(b'xyz'); b[1:2] = b; print(b); b[::2] = b'AB' if False else b'ABC'; print(b)
b = bytearray(); b[0:0] = range(3); print(b); b[5:9] = b'end'; print(b)
