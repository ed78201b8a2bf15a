# Shared mutable class attributes, type(self) access, and class attribute updates via instances
class Team:
    members = []
    def __init__(self, name):
        self.name = name
        self.members.append(name)
class Club:
    def __init__(self):
        self.members = []
t1, t2 = Team("a"), Team("b")
print(t1.members, t2.members, t1.members is Team.members)
c1, c2 = Club(), Club()
c1.members.append("x")
print(c1.members, c2.members)
class Cfg:
    level = 1
    def bump(self):
        type(self).level += 1
    def shadow(self):
        self.level = 100
x, y = Cfg(), Cfg()
x.bump(); y.bump()
print(Cfg.level, x.level, y.level)
x.shadow()
print(Cfg.level, x.level, y.level, x.__class__.level)
class Sub(Cfg):
    pass
s = Sub()
s.bump()
print(Sub.level, Cfg.level, "level" in Sub.__dict__)
