# Regression: operators, divmod, ~ and hash on int/float/str subclass instances
class I(int): pass
class F(float): pass
class S(str): pass
print(I(5) + I(2), I(5) * I(2), divmod(I(7), I(2)), ~I(3), hash(I(5)) == hash(5))
print(F(5.0) - F(2.0), hash(F(1.5)) == hash(1.5))
print(S("a") < S("b"), S("a") + S("b"))
