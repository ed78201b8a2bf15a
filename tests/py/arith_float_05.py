# Floats in formatting
x = 3.14159265358979
print(f"{x:.2f} {x:.0f} {x:10.3f}|{x:<10.3f}|{x:^10.1f}|")
print(f"{x:e} {x:.3e} {x:E}")
print(f"{x:g} {1e-7:g} {123456789.0:g} {0.0001:g} {1e16:g}")
print(f"{0.5:%} {0.125:.1%}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f}")
print(f"{-2.5:+.1f} {2.5:+.1f} {2.5: .1f}")
print(f"{2.0:08.3f} {-2.0:08.3f}")
print(f"{float('inf'):f} {float('nan'):f} {float('-inf'):.2f}")
print("%.3f %5.1f %-8.2f| %e %g" % (x, x, x, x, x))
print(format(x, ".4"), format(2.0, ""), format(100.0, ".2g"))
print(f"{1e20:f}")
print(f"{0.1:.20f}")
