# Regression: a complex power whose phase is infinite (inf ** 1j, 2 ** infj, -1 ** complex(inf, 0)) gave nan+nanj; CPython raises ZeroDivisionError "0.0 to a negative or complex power" (its libm's cos(inf) domain error)
inf = float('inf'); nan = float('nan')
reals = [0, 0.0, -0.0, 1, -1, 1.0, -1.0, 2, 0.5, -2.5, inf, -inf, nan, 3, -3]
cplx = [0j, -0j, complex(0.0, -0.0), complex(-0.0, -0.0), 1j, -1j, 3j, 1+0j, -1+0j, 2+3j, -2-0.5j,
        complex(inf, 0), complex(0, inf), complex(inf, inf), complex(-inf, 1), complex(nan, 0), complex(0, nan),
        complex(1, nan), complex(nan, nan), complex(inf, nan), 0.5j, 2+0j, -2+0j, 3+0j, complex(1e300, 1e300)]
vals = reals + cplx

def special(x):
    # values any libm agrees on: zeros, infinities, NaNs, small integers
    return x != x or x in (inf, -inf) or abs(x) < 1000 and x == int(x)

for a in vals:
    for b in vals:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        try:
            r = a ** b
        except (ZeroDivisionError, OverflowError) as e:
            out = type(e).__name__ + ": " + str(e)
        else:
            # a small integral exponent multiplies; any other computes cos, sin, exp and log
            c = complex(b)
            small = c.imag == 0 and abs(c.real) <= 100 and c.real == int(c.real)
            out = repr(r) if small or special(r.real) and special(r.imag) else "finite"
        print(repr(a), "**", repr(b), "=", out)
for a, b in [(inf, 1j), (2, complex(0, inf)), (-1, complex(inf, 0)), (0.5, complex(0, -inf)), (complex(inf, 0), 3j)]:
    try:
        print(pow(a, b))
    except ZeroDivisionError as e:
        print("pow:", e)
x = float('inf')
try:
    x **= 3j
except ZeroDivisionError as e:
    print("**=:", e)
