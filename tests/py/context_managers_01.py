# with statements: __enter__/__exit__ order, exception passing, suppression
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None)
        return False
with Tag("a") as t:
    print("inside", t.name)
with Tag("outer"), Tag("inner"):
    print("nested")
try:
    with Tag("boom"):
        raise ValueError("x")
except ValueError as e:
    print("propagated", e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError, ZeroDivisionError):
    {}["nope"]
print("after suppress")
with Suppress(KeyError) as nothing:
    print("value of as:", nothing)
try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("escaped", e)
