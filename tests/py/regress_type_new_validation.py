# Regression: type() accepted a non-str __qualname__, a name with a null character and non-type bases (wrong error)
cases = [
    ("qualname int", lambda: type("A", (), {"__qualname__": 1})),
    ("null name", lambda: type("A\x00B", (), {})),
    ("bases object()", lambda: type("B", (object(),), {})),
    ("bases int instance", lambda: type("B", (1,), {})),
    ("bases not tuple", lambda: type("B", [object], {})),
    ("ns not dict", lambda: type("B", (), [])),
    ("name not str", lambda: type(1, (), {})),
    ("set __name__ null", lambda: setattr(type("Q", (), {}), "__name__", "a\x00b")),
    ("set __qualname__ int", lambda: setattr(type("Q", (), {}), "__qualname__", 3)),
    ("ok qualname", lambda: type("A", (), {"__qualname__": "X.Y"}).__qualname__),
    ("qualname gone from dict", lambda: "__qualname__" in type("A", (), {"__qualname__": "X.Y"}).__dict__),
    ("type 2 args", lambda: type("A", ())),
    ("class body qualname", lambda: [c for c in [0]]),
]
for name, f in cases:
    try:
        print(name, "->", f())
    except (TypeError, ValueError) as x:
        print(name, type(x).__name__, x)
try:
    class Z:
        __qualname__ = 5
except TypeError as e:
    print("class stmt", e)
for f in [lambda: type("A\x00", (object(),), {"__qualname__": 1}), lambda: type("A\x00", (), {"__qualname__": 1}),
          lambda: type("A", (), {"__qualname__": 1, "__slots__": 3}), lambda: type("A", (bool,), {"__qualname__": 1})]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S(str): pass
print(type("A", (), {"__qualname__": S("q.r")}).__qualname__)
