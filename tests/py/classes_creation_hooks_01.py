# ordering of class creation hooks
log = []
class D:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        log.append(f"set_name {self.tag} {owner.__name__}.{name}")
class Base:
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {sorted(kw)}")
        log.append(f"  sees attrs: {[k for k in ('a', 'b') if hasattr(cls, k)]}")
def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls
@deco
class Child(Base, flag=1):
    a = D("A")
    log.append("body")
    b = D("B")
print(log)
log.clear()
X = type("X", (Base,), {"a": D("dyn")})
print(log)
log.clear()
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        log.append(f"Meta.__new__ {name} {sorted(kw)}")
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
class WithMeta(Base, metaclass=Meta, opt=2):
    z = D("Z")
print(log)
