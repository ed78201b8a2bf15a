# __getattribute__ override and attribute access counting
class Spy:
    def __init__(self):
        self.x = 1
        self.y = 2
    def __getattribute__(self, name):
        if not name.startswith("_"):
            log.append(name)
        return super().__getattribute__(name)
log = []
s = Spy()
print(s.x + s.y, s.x)
print(log)
class Delete:
    def __init__(self):
        self.a = 1
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
d = Delete()
del d.a
print(hasattr(d, "a"))
