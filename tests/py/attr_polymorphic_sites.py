# One attribute site sees instances of several classes whose slots sit at different positions,
# class attributes, properties and instances whose attributes change: every read must be right.
class A:
    def __init__(self): self.x = 1; self.v = "a"
class B:
    def __init__(self): self.y = 0; self.v = "b"; self.x = 2
class C:
    v = "class-c"
    def __init__(self): self.z = 0; self.q = 1; self.x = 3
class D:
    def __init__(self): self.x = 4
    @property
    def v(self): return "prop-d"
class E(B):
    def __init__(self): self.w = 9; super().__init__(); self.v = "e"
objs = [A(), B(), C(), D(), E(), A(), C()]
for _ in range(3):
    print([o.v for o in objs], [o.x for o in objs])
    for o in objs:
        o.x += 10
    total = 0
    for o in objs:
        total += o.x
        o.x = o.x - 5
    print(total)
c = objs[2]
c.v = "inst-c"
print([o.v for o in objs])
C.v = "class-c2"
del c.v
print([o.v for o in objs])
for o in objs:
    o.extra = o.x * 2
print([o.extra for o in objs], [sorted(vars(o)) for o in objs[:2]])
