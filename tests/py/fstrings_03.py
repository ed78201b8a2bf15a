# f-strings with objects implementing __format__, __str__, __repr__
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __format__(self, spec):
        if spec == "polar":
            return "polar-form"
        return format(str(self), spec)
p = P(1, "two")
print(f"{p}")
print(f"{p!r}")
print(f"{p!s:>12}|")
print(f"{p:polar}")
print(f"{p:*^14}")
print(str(p), repr(p), format(p, ""), format(p, "polar"))
print([p], (p,), {"k": p})
