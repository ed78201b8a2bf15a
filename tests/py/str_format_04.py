# str.format positional auto-numbering, attribute and index chains, conversions with specs
class P:
    def __init__(self):
        self.pos = (3, 4)
        self.name = "pt"
p = P()
print("{0.name} at {0.pos[0]},{0.pos[1]}".format(p))
print("{:>6} {:<6}|{:^6}|".format(*"abc"))
print("{0!r:>8}|{0!s:<8}|".format("x"))
print("{:{}{}}".format("v", ">", 4), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{0:b} {0:o} {0:x} {0:X} {0:#b}".format(10))
print("{:,.2f} {:_d} {:e}".format(1234567.891, 1000000, 0.5))
print("{a}-{b}-{a}".format(a=1, b=2), "{}".format({"k": "v"}), "{0[k]}".format({"k": "v"}))
