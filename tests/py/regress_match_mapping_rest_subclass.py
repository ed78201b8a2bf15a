# Regression: `**rest` in a mapping pattern copied a dict subclass directly, ignoring the keys() and __getitem__ it reads through when it overrides __iter__
class D(dict):
    def __iter__(self):
        print("  iter")
        return super().__iter__()

    def keys(self):
        print("  keys")
        return super().keys()

    def __getitem__(self, k):
        print("  getitem", k)
        return super().__getitem__(k)

    def get(self, k, default=None):
        print("  get", k)
        return super().get(k, default)

    def __len__(self):
        print("  len")
        return super().__len__()


class NoIter(dict):
    # keeps dict's __iter__: copied directly, keys() and __getitem__ are not called
    def keys(self):
        print("  keys")
        return super().keys()

    def __getitem__(self, k):
        print("  getitem", k)
        return super().__getitem__(k)


class Odd(dict):
    def __iter__(self):
        return iter(())

    def keys(self):
        return ["a", "zz", "b"]

    def __missing__(self, k):
        return "missing " + k


class Broken(dict):
    def __iter__(self):
        return iter(())

    def keys(self):
        raise RuntimeError("no keys")


for subject in (D(a=1, b=2), NoIter(a=1, b=2)):
    print("=====", type(subject).__name__)
    print('{"a": 1, **rest}')
    match subject:
        case {"a": 1, **rest}:
            print("  matched", rest)
    print("{**rest}")
    match subject:
        case {**rest}:
            print("  matched", rest)
    print('{"a": 1, "b": _} (no rest)')
    match subject:
        case {"a": 1, "b": _}:
            print("  matched")

match Odd(a=1, b=2):
    case {"a": 1, **rest}:
        print(rest)
try:
    match Broken(a=1):
        case {"a": 1, **rest}:
            print(rest)
except RuntimeError as e:
    print("RuntimeError", e)
match Broken(a=1):
    case {"a": 1}:
        print("without **rest keys() is not needed")
