# Regression: assigning __class__ on a class object stored a class attribute instead of changing (or refusing to change) its metaclass
class Meta(type): pass
class Meta2(type): pass
class P: pass
class Q(metaclass=Meta): pass
for name, f in [("P.__class__ = Meta", lambda: setattr(P, "__class__", Meta)),
                ("Q.__class__ = Meta2", lambda: setattr(Q, "__class__", Meta2)),
                ("Q.__class__ = type", lambda: setattr(Q, "__class__", type)),
                ("P.__class__ = type", lambda: setattr(P, "__class__", type)),
                ("P.__class__ = 1", lambda: setattr(P, "__class__", 1)),
                ("int.__class__ = Meta", lambda: setattr(int, "__class__", Meta)),
                ("P.__class__ = object", lambda: setattr(P, "__class__", object)),
                ]:
    try:
        f()
        print(name, "ok")
    except TypeError as e:
        print(name, "TypeError", e)
print(type(P), type(Q))
try:
    del P.__class__
except TypeError as e:
    print(e)
class M3(Meta2):
    x = 1
Q.__class__ = M3
print(Q.x, type(Q).__name__, "__class__" in Q.__dict__)
