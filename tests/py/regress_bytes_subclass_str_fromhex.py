# Regression: str() of a bytes subclass used its __repr__ override, fromhex() on a subclass returned plain bytes, slot wrappers misworded their type errors
print(bytes.__str__, bytearray.__str__, bytes.__repr__)
class B(bytes):
    def __repr__(self): return 'B!'
class BA(bytearray):
    def __repr__(self): return 'BA!'
class P(bytes): pass
class PA(bytearray): pass
print(B(b'q'), str(B(b'q')), repr(B(b'q')), f'{B(b"q")}', '%s' % B(b'q'), format(B(b'q')), [B(b'q')], '{}'.format(B(b'z')))
print(BA(b'q'), str(BA(b'q')), repr(BA(b'q')), f'{BA(b"q")}', [BA(b'q')])
print(P(b'q'), repr(P(b'q')), PA(b'q'), repr(PA(b'q')), bytes.__str__(B(b'x')), bytearray.__str__(BA(b'y')), bytes.__repr__(B(b'w')))
class C(bytes): pass
class CA(bytearray): pass
for cls in [C, CA, B, BA, bytes, bytearray]:
    r = cls.fromhex('41 42')
    print(type(r).__name__, r == b'AB', bytes(r))
class Init(bytes):
    def __new__(cls, v): print('new', type(v).__name__, v); return super().__new__(cls, v + b'!')
print(Init.fromhex('43'))
class IA(bytearray):
    def __init__(self, v): print('init', type(v).__name__, v); super().__init__(v * 2)
print(bytes(IA.fromhex('44')))
class S(bytes):
    def __repr__(self): return 'S<' + super().__repr__() + '>'
print(repr(S(b'a')), str(S(b'a')), [S(b'a')])
class SA(bytearray):
    def __str__(self): return 'custom str'
print(SA(b'z'), repr(SA(b'z')))
try: bytes.__str__(bytearray(b'x'))
except TypeError as e: print(e)
for f in [lambda: bytes.__len__(bytearray()), lambda: bytearray.__len__(b''), lambda: bytes.hex(bytearray()), lambda: bytearray.__str__(b''), lambda: bytes.__getitem__('x', 0), lambda: bytes.__contains__(1, 1)]:
    try: f()
    except TypeError as e: print(e)
