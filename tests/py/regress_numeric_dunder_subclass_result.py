# Regression: __int__/__index__/__float__ returning a strict int/float subclass is accepted (it raised TypeError), an int subclass's own value wins over its __index__, and %-formatting converts as CPython
class IS(int): pass
class FS(float): pass
class SS(str): pass
class BS(bytes): pass

class A:
    def __int__(self): return IS(4)
    def __index__(self): return IS(5)
    def __float__(self): return FS(2.5)

a = A()
print(int(a), hex(a), oct(a), bin(a), float(a), [0, 1, 2, 3, 4, 5][a], '%d' % a, '%x' % a, '%f' % a)
print(list(range(a)), round(2.71828, a), round(12345, IS(-2)), 'ab' * a, [1, 2, 3, 4, 5, 6][:a])
print(complex(a), divmod(7, IS(2)), '%i %o %X %e %g' % (a, a, a, a, a), (3).to_bytes(a, 'big'))
print(chr(IS(65)), 'abcdef'[IS(1):IS(3)], b'%d %x %f' % (a, a, a))

class T:
    def __init__(self, r): self.r = r
    def __trunc__(self): return self.r
class Ix:
    def __index__(self): return 6
for r in (IS(9), 4, True, Ix(), '5', 2.5):
    try:
        print(int(T(r)))
    except TypeError as e:
        print('TypeError', e)

class C:
    def __index__(self): return SS('x')
    def __int__(self): return SS('y')
    def __float__(self): return IS(2)
for f in ((lambda x: [1][x]), int, float, hex):
    try:
        print(f(C()))
    except TypeError as e:
        print('TypeError', e)

# a subclass's own conversion methods, or its value where it inherits them
class F2(float):
    def __int__(self): return 11
    def __float__(self): return 12.0
class I2(int):
    def __int__(self): return 7
    def __index__(self): return 8
    def __float__(self): return 6.0
class BS2(bytes):
    def __float__(self): return 3.0
print(float(F2(1.0)), int(F2(1.5)), int(I2(1)), float(I2(1)), hex(I2(1)), [0, 1, 2][I2(1)], float(BS2(b'1.5')))
print('%d %x %f' % (I2(1), I2(1), I2(1)), '%f %d' % (F2(1.5), F2(1.5)))
for x in (FS(2.5), IS(3), SS('12'), BS(b'13')):
    print(int(x), float(x))

# %-formatting: %x %o take __index__ before __int__; %f reports a bad __float__ result
class X:
    def __int__(self): return 1
    def __index__(self): return 2
print('%x %o' % (X(), X()), hex(X()), format(2, 'x'))

class B:
    def __float__(self): return 1
class OnlyInt:
    def __int__(self): return 3
class Raise:
    def __float__(self): raise ValueError('fboom')
for x in (B(), OnlyInt(), Raise(), FS(2.5), SS('1'), BS(b'1'), 1 + 2j, None):
    for f in ('%d', '%f', '%e', '%g'):
        try:
            print(f, repr(f % x))
        except (TypeError, ValueError) as e:
            print(f, type(e).__name__, e)
for x in (FS(2.5), 1.5, SS('1')):
    try:
        print('%x' % x)
    except TypeError as e:
        print('TypeError', e)

# a float subclass's inherited __float__ wins over its own __index__
class F3(float):
    def __index__(self): return 7
class I3(int):
    def __index__(self): return 7
class S3(str):
    def __index__(self): return 7
class N3:
    __float__ = None
    def __index__(self): return 3
print(float(F3(1.5)), float(I3(2)), '%f' % F3(1.5), '%f' % I3(2), complex(F3(1.5)), complex(I3(2)))
for x in (S3("2.5"), N3()):
    try:
        print(float(x))
    except TypeError as e:
        print('TypeError', e)
