# Regression: float.fromhex rejected signed inf/nan, truncated instead of rounding past 53 bits, and returned inf instead of raising OverflowError
def t(s):
    try: r = float.fromhex(s); print(repr(s), repr(r), r.hex())
    except Exception as e: print(repr(s), type(e).__name__ + ':', e)
for s in ['+infinity', '-nan', 'NaN', '+NAN', '-Inf', ' inf ', 'infinity', 'infinit', 'INFINITY', '-iNfInItY', 'nan1', '+-inf',
          '0x1.000000000000081p0', '0x1p1024', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '-0x1p1024',
          '0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x1.0000000000001p-1075', '0x1p-1076', '0x0.0000000000001p-1022', '0x1p-1022', '0x1.fffffffffffffp-1023',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000001p0', '0x3.000000000000040p0', '0xf.ffffffffffffc', '0xf.ffffffffffffcp0', '0xf.ffffffffffff8',
          '1', '0x1', '1.', '.8', '0x.8', '0x.', '0x', '', ' ', 'p1', '0xp1', '1p', '1p+', '1p-3', '0X1P3', '  -0x1.8p1\n', '0x1.8p1x', '0x1 .8', '1e3', '0x_1', '0x1_0',
          '0x1p99999999999999999999', '0x1p-99999999999999999999', '0x0p99999999999999999999', '0x' + '0' * 500 + '1p0', '0x1' + '0' * 300 + 'p-1200', '0x0.' + '0' * 300 + '1p1200',
          '-0x0p0', '-0.0', '0x0.0', '\x85 1', '1\xa0', '0x1p1023', '0x1.ffffffffffffffffffffffp1023', '\u0661']:
    t(s)
for v in [5, b'0x1', None]:
    try: float.fromhex(v)
    except TypeError as e: print(e)
class F(float): pass
r = F.fromhex('0x1.8p1'); print(type(r).__name__, r)
class G(float):
    def __new__(cls, v): print('G new', v); return super().__new__(cls, v * 2)
print(G.fromhex('0x1p1'))
print(float.fromhex(F(1.5).hex()), (1.5).hex())
for f in [lambda: float.fromhex(), lambda: float.fromhex('1', '2'), lambda: float.fromhex(string='1'), lambda: (1.0).fromhex('0x1p1')]:
    try: print(f())
    except TypeError as e: print(e)
# round trip through hex() for a spread of doubles
vals = [0.1, 1/3, 2/3, 1e-310, 5e-324, 1.7976931348623157e308, 123456.789, -2.5e-300]
print(all(float.fromhex(v.hex()) == v for v in vals))
