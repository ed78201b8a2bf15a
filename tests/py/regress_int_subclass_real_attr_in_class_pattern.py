# Regression: int and float subclasses have real, imag, numerator, denominator
class I(int):
    __match_args__ = ("real",)
match I(7):
    case I(r): print("matched", r)
    case _: print("no match")
print("{0.real} {0.numerator}".format(I(3)))
class F(float): pass
print(F(1.5).real, F(1.5).imag)
