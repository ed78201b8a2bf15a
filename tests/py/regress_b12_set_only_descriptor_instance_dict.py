# Regression: a descriptor with only __set__ does not hide the instance dict
class D:
    def __set__(self, obj, v): print("set", v)
class H:
    a = D()
h = H()
h.__dict__["a"] = "inst"
print(type(h.a).__name__)
