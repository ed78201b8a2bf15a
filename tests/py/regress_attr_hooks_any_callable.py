# Regression: a callable other than object's own method assigned as __setattr__/__delattr__ (dict.__setitem__ in the AttrDict idiom, a builtin function, a callable instance) was ignored by o.x = v, del o.x, setattr() and delattr()
log = []
class Rec:
    def __call__(self, *a):
        log.append(("rec", len(a)) + tuple(x for x in a if isinstance(x, (str, int))))
        return "rec-result"
def show(label, f):
    try:
        r = f()
        if isinstance(r, tuple):
            r = tuple(dict(x) if isinstance(x, dict) else list(x) if isinstance(x, list) else x.args if isinstance(x, Exception) else type(x).__name__ if x is not None else x for x in r)
        print(label, "->", repr(r), log)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e, log)
    log.clear()

def setter_cases(base, extra):
    values = [
        ("dict.__setitem__", dict.__setitem__),
        ("lambda", lambda self, k, v: log.append(("lam", k, v))),
        ("callable", Rec()),
        ("staticmethod", staticmethod(lambda *a: log.append(("st", len(a))))),
        ("classmethod", classmethod(lambda cls, k, v: log.append(("cm", cls.__name__, k, v)))),
        ("print", print),
        ("object.__setattr__", object.__setattr__),
        ("list.append", list.append),
    ] + extra
    for label, v in values:
        C = type("C", (base,), {"__setattr__": v})
        def act():
            o = C()
            o.x = 1
            setattr(o, "y", 2)
            return (o, getattr(o, "__dict__", None))
        show(base.__name__ + " __setattr__=" + label, act)
        # assigned after the class statement
        D = type("D", (base,), {})
        def act2():
            o = D()
            D.__setattr__ = v
            o.z = 3
            return (o, getattr(o, "__dict__", None))
        show(base.__name__ + " later __setattr__=" + label, act2)

def deleter_cases(base):
    values = [
        ("dict.__delitem__", dict.__delitem__),
        ("dict.pop", dict.pop),
        ("lambda", lambda self, k: log.append(("lam", k))),
        ("callable", Rec()),
        ("len", len),
        ("object.__delattr__", object.__delattr__),
        ("list.remove", list.remove),
    ]
    for label, v in values:
        C = type("C", (base,), {"__delattr__": v})
        def act():
            o = C()
            if isinstance(o, dict): o["x"] = 1; o["y"] = 2
            elif isinstance(o, list): o.extend(["x", "y"])
            else: object.__setattr__(o, "x", 1); object.__setattr__(o, "y", 2)
            del o.x
            delattr(o, "y")
            return (o, getattr(o, "__dict__", None))
        show(base.__name__ + " __delattr__=" + label, act)

def getter_cases(base):
    values = [
        ("dict.__getitem__", dict.__getitem__),
        ("dict.get", dict.get),
        ("lambda", lambda self, k: "lam-" + k),
        ("callable", Rec()),
        ("str.upper", str.upper),
        ("len", len),
        ("staticmethod", staticmethod(lambda k: "st-" + k)),
    ]
    for hook in ("__getattr__", "__getattribute__"):
        for label, v in values:
            C = type("C", (base,), {hook: v})
            def act():
                o = C()
                if isinstance(o, dict): o["a"] = 1
                r = [getattr(o, "a", "dflt")]
                try: r.append(o.b)
                except Exception as e: r.append(type(e).__name__)
                r.append(hasattr(o, "c"))
                return r
            show(base.__name__ + " " + hook + "=" + label, act)

class Plain: pass
setter_cases(dict, [])
setter_cases(Plain, [])
setter_cases(list, [])
setter_cases(Exception, [])
deleter_cases(dict)
deleter_cases(Plain)
deleter_cases(list)
getter_cases(dict)
getter_cases(Plain)

class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__
d = AttrDict(a=1)
d.b = 2
print(d, d.a, d.b)
del d.a
print(d, hasattr(d, "__dict__") and d.__dict__)
try: d.missing
except KeyError as e: print("KeyError", e)
try: del d.missing
except KeyError as e: print("KeyError", e)
print(getattr(d, "b"), getattr(d, "keys")().__class__.__name__)
class C:
    __setattr__ = object.__delattr__
c = C()
try:
    c.x = 1
except TypeError as e: print(e)
print(vars(c))
class D:
    __delattr__ = object.__setattr__
d = D(); d.x = 1
try:
    del d.x
except TypeError as e: print(e)
print(vars(d))
class E:
    __getattribute__ = object.__getattribute__
    __getattr__ = object.__getattribute__
print(getattr(E(), "q", 5))
