# Regression: str() of int/float subclasses uses their __repr__
class I(int):
    def __repr__(self): return "I!"
class F(float):
    def __repr__(self): return "F!"
print(I(3), str(F(1.0)), f"{I(3)}", "%s" % F(1.0))
