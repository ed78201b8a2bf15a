# Regression: abs() of a complex was Math.hypot, off by one ulp from CPython's hypot for many values (abs(2+3j))
print(abs(2+3j), abs(1e-170+1e-170j), abs(3+4j), abs(-5-12j))
row = []
for a in range(1, 13):
    for b in range(a, 13):
        row.append(repr(abs(complex(a, b))))
    print(" ".join(row))
    row = []
print(abs(complex(0.1, 0.2)), abs(complex(1.5, -2.25)), abs(complex(1e-3, 7.5)))
# huge and tiny parts are scaled, not overflowed or flushed to zero
print(abs(complex(1e300, 1e300)), abs(complex(1.5e308, 1e307)), abs(complex(3e-320, 4e-320)))
print(abs(complex(5e-324, 5e-324)), abs(complex(2.0 ** 600, 1.0)), abs(complex(1e-310, 1e-300)))
# an infinite part wins over a NaN one
inf, nan = float("inf"), float("nan")
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1.0)), abs(complex(-0.0, 0.0)))
try:
    abs(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print("OverflowError", e)
# complex ** a non-integer exponent takes the modulus the same way
print((2+3j) ** 0.5, (3+4j) ** 1.5)
