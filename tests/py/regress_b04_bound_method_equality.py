# Regression: bound methods compare equal (same object and function), hash alike, work in lists and sets
class C:
    def m(self): pass
c = C()
print(c.m == c.m, c.m in [c.m], len({c.m, c.m}))
handlers = [c.m]
handlers.remove(c.m)
print(handlers)
