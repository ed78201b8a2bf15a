# Regression: object.__setattr__ goes through data descriptors
class P:
    @property
    def v(self): return "prop"
    @v.setter
    def v(self, val): print("setter", val)
p = P()
object.__setattr__(p, "v", 5)
print(p.v, p.__dict__)
