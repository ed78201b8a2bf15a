# expect-error: AttributeError: 'Animal' object has no attribute 'nam'. Did you mean: 'name'?
# An uncaught AttributeError's traceback ends with CPython's "Did you mean" hint (the closest name of
# dir(obj)), which str(e) does not have; a class's __getattr__ and a missing class attribute give the
# error its name and obj, as CPython's getattr does.
class Proxy:
    def __getattr__(self, n):
        raise AttributeError("no such field")
class K:
    def method(self): pass
for o, n in [(Proxy(), "fieldx"), (K, "methd"), ([], "apend")]:
    try:
        getattr(o, n)
    except AttributeError as e:
        print(e, "|", e.name, type(e.obj).__name__)
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.nam} speaks"
print(Animal("rex").speak())
