# decorators on methods and classes; event system
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, fn))
            return fn
        return register
    def emit(self, event, *args):
        results = []
        for prio, fn in sorted(self.handlers.get(event, []), key=lambda p: -p[0]):
            results.append(fn(*args))
        return results
bus = EventBus()
@bus.on("greet")
def hello(name): return f"hello {name}"
@bus.on("greet", priority=5)
def urgent(name): return f"URGENT {name}"
@bus.on("bye")
def bye(name): return f"bye {name}"
print(bus.emit("greet", "ann"), bus.emit("bye", "bob"), bus.emit("none"))
print(hello("direct"))
def validate(*types):
    def deco(method):
        def w(self, *args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{method.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return method(self, *args)
        w.__name__ = method.__name__
        return w
    return deco
def log_calls(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(name, val):
                def w(self, *a):
                    self.log.append(name)
                    return val(self, *a)
                return w
            setattr(cls, name, make(name, val))
    return cls
@log_calls
class Calc:
    def __init__(self):
        self.log = []
        self.v = 0
    @validate(int)
    def add(self, n):
        self.v += n
        return self
    @validate(int)
    def mul(self, n):
        self.v *= n
        return self
c = Calc()
c.add(2).mul(5).add(1)
print(c.v, c.log)
try:
    c.add("x")
except TypeError as e:
    print(e)
class Service:
    def __init__(self): self.calls = 0
    @staticmethod
    def deco(fn):
        def w(self, *a):
            self.calls += 1
            return fn(self, *a)
        return w
    @deco
    def ping(self): return "pong"
    @property
    @deco
    def status(self): return f"calls={self.calls}"
    @classmethod
    def create(cls): return cls()
s = Service.create()
s.ping(); s.ping()
print(s.status, s.status)
def dataclass_like(cls):
    fields = [k for k, v in cls.__dict__.items() if not k.startswith("_") and not callable(v)]
    defaults = {k: cls.__dict__[k] for k in fields}
    def __init__(self, *args, **kw):
        for f, a in zip(fields, args):
            setattr(self, f, a)
        for f in fields[len(args):]:
            setattr(self, f, kw.get(f, defaults[f]))
    def __repr__(self):
        return cls.__name__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, o):
        return type(o) is type(self) and all(getattr(self, f) == getattr(o, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls
@dataclass_like
class Item:
    name = ""
    qty = 0
    price = 1.0
print(Item("apple", 3), Item(name="pear"), Item("a") == Item("a"), Item("a") == Item("b"))
print(Item.__hash__)
