# Regression: a class body reads a free variable from its namespace first (LOAD_CLASSDEREF), then the enclosing cell
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"v": "namespace"}


def f():
    v = "closure"

    class C(metaclass=Meta):
        r = v

        def m(self):
            return v

    return C.r, C().m()


print(f())


def g():
    z = "enclosing-z"

    class D:
        locals()["z"] = "injected"
        w = z

    return D.w


print(g())


class Logged(Meta):
    @classmethod
    def __prepare__(mcs, name, bases):
        class NS(dict):
            def __getitem__(self, key):
                if not key.startswith("__"):
                    print("getitem", key)
                return dict.__getitem__(self, key)

        return NS(v="ns")


def h():
    v = "closure-v"
    u = "closure-u"

    class E(metaclass=Logged):
        r = v
        s = u

    return E.r, E.s


print(h())


def k():
    class F:
        try:
            r = late
        except NameError as e:
            r = str(e)

    late = 1
    return F.r


print(k())


def n():
    x = 1

    class K:
        nonlocal x
        x = 2
        y = x

    return x, K.y


print(n())
