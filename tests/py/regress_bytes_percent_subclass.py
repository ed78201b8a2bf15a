# Regression: b'%s' % x rejected bytes-subclass instances, and __bytes__ returning a bytes-subclass instance was refused
class B(bytes): pass
class BA(bytearray): pass
class C(bytes):
    def __bytes__(self): return b'from __bytes__'
    def __str__(self): return 'str!'
print(b'%s' % B(b'q'), b'%b|%s' % (B(b'x'), BA(b'y')), b'[%5s]' % B(b'ab'), b'%-4b|' % BA(b'z'))
print(b'%s' % C(b'raw'), b'%c%c' % (B(b'1'), BA(b'2')), bytearray(b'%s') % B(b'w'))
print(b'%(k)s' % {b'k': B(b'v')}, b'%a' % B(b'\xff'), b'%r' % B(b'r'))
try: b'%c' % B(b'12')
except TypeError as e: print(e)
class D:
    def __bytes__(self): return B(b'sub')
print(b'%s' % D())
x = bytes(D()); print(x, type(x).__name__)
class E(bytes): pass
y = E(D()); print(y, type(y).__name__)
class G:
    def __bytes__(self): return bytearray(b'no')
for f in [bytes, lambda o: b'%s' % o, lambda o: int.from_bytes(o, 'big')]:
    try: f(G())
    except TypeError as e: print(e)
print(int.from_bytes(D(), 'big'), E(b'ab') == b'ab', type(E(B(b'q'))).__name__, bytes(B(b'q')), type(bytes(B(b'q'))).__name__)
print(bytes(C(b'raw')), E(C(b'raw')))
