# Regression: a class's __setattr__/__delattr__ runs before property setters/deleters
class P:
    @property
    def v(self): return 1
    @v.setter
    def v(self, val): print("setter", val)
    @v.deleter
    def v(self): print("deleter")
    def __setattr__(self, k, val):
        print("setattr hook", k)
        object.__setattr__(self, k, val)
    def __delattr__(self, k):
        print("delattr hook", k)
        object.__delattr__(self, k)
p = P()
p.v = 3
del p.v
