# serializer dispatching on type through the MRO
class Serializer:
    def __init__(self):
        self.handlers = {}
    def register(self, *types):
        def deco(fn):
            for t in types:
                self.handlers[t] = fn
            return fn
        return deco
    def dump(self, obj, indent=0):
        for klass in type(obj).__mro__:
            h = self.handlers.get(klass)
            if h is not None:
                return h(self, obj, indent)
        raise TypeError(f"cannot serialize {type(obj).__name__}")
S = Serializer()
@S.register(type(None))
def _none(s, o, ind): return "null"
@S.register(bool)
def _bool(s, o, ind): return "true" if o else "false"
@S.register(int, float)
def _num(s, o, ind): return repr(o)
@S.register(str)
def _str(s, o, ind):
    return '"' + o.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
@S.register(list, tuple)
def _list(s, o, ind):
    if not o: return "[]"
    pad = "  " * (ind + 1)
    return "[\n" + ",\n".join(pad + s.dump(x, ind + 1) for x in o) + "\n" + "  " * ind + "]"
@S.register(dict)
def _dict(s, o, ind):
    if not o: return "{}"
    pad = "  " * (ind + 1)
    items = []
    for k, v in o.items():
        if not isinstance(k, str):
            raise TypeError(f"keys must be str, not {type(k).__name__}")
        items.append(f"{pad}{s.dump(k)}: {s.dump(v, ind + 1)}")
    return "{\n" + ",\n".join(items) + "\n" + "  " * ind + "}"
class Model:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
@S.register(Model)
def _model(s, o, ind):
    d = {"__type__": type(o).__name__}
    d.update(o.to_dict())
    return s.dump(d, ind)
class User(Model):
    def __init__(self, name, tags, admin=False):
        self.name = name; self.tags = tags; self.admin = admin; self._secret = "x"
class Admin(User):
    def __init__(self, name):
        super().__init__(name, ["root"], True)
        self.level = 3
class Flag(int): pass
print(S.dump({"users": [User("ann", ("a", "b")), Admin("root")], "count": 2, "ratio": 0.5, "none": None, "flag": Flag(7), "quote": 'say "hi"\n'}))
for bad in [{1: 2}, {"s": {1, 2}}]:
    try:
        S.dump(bad)
    except TypeError as e:
        print("TypeError:", e)
print(S.dump(True), S.dump([]), S.dump({}), S.dump(()))
