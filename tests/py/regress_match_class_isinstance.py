# Regression: class patterns use isinstance's rules (__instancecheck__, a claimed __class__) and __match_args__ must be an exact tuple
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int)


class Num(metaclass=Meta):
    pass


for subject in (5, "s"):
    match subject:
        case Num():
            print("Num", subject)
        case _:
            print("not Num", subject)


class Everything(metaclass=type("AnyMeta", (type,), {"__instancecheck__": lambda cls, inst: True})):
    pass


match 5:
    case Everything():
        print("matched Everything")


class Base:
    pass


class Proxy:
    __class__ = Base


match Proxy():
    case Base():
        print("proxy matched Base")
    case _:
        print("proxy did not match")


class LooksLikeInt:
    @property
    def __class__(self):
        return int


match LooksLikeInt():
    case int():
        print("looks like int")
    case _:
        print("not int")


class Plain:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


class Sub(Plain):
    pass


match Sub(3):
    case Plain(x):
        print("subclass instance", x)


class T(tuple):
    pass


class A:
    __match_args__ = T(("x",))
    x = 1


try:
    match A():
        case A(v):
            print("matched", v)
except TypeError as e:
    print("TypeError", e)
