# Regression: format() with a spec on int/float subclasses and (5).__format__
class I(int): pass
class F(float): pass
print(format(I(7), "03d"))
print(f"{F(2.5):.2f}")
print((5).__format__("03d"))
