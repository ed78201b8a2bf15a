# Regression: format specs on int/float subclass instances
class I(int): pass
class F(float): pass
print(f"{I(7):>5}|", format(F(2.5), ".3f"))
print((5).__format__("d"), (1.5).__format__(".2f"))
