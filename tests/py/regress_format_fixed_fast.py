# `.Nf` formats (N from 0 to 9) take a direct path (toFixed, rounded half to even as CPython
# rounds, the sign of -0.0 kept); every other spec, inf, nan and |x| >= 1e21 take the general one.
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, -0.125, 1.005, 2.675, 9.995, -0.001, 1e20, 9.999999e20, 1e21, 1e22, float("inf"), float("-inf"), float("nan"), 123456.789, -7.25, 0.045, 1/3, 2/3, 1e-10, 5e-324]
for v in vals:
    print(" ".join(f"{v:.{p}f}" for p in range(10)), format(v, ".2f"), "{:.3f}".format(v), f"{v:.1f}|{v:>8.2f}|{v:+.2f}")
x = 0.1
for i in range(2000):
    x = (x * 7.31 + 0.37) % 101.0
    s = f"{x:.2f} {-x:.5f} {x*1e10:.0f} {x*1e-3:.9f}"
    if i % 20 == 0:
        print(s)
print(s)
