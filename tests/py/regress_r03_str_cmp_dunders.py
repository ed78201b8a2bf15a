# Regression: str comparison dunders work for subclasses
print("a".__lt__("b"), "a".__le__("b"), "b".__gt__("a"), "a".__ge__("a"), "a".__ne__("b"))
class S(str):
    def __lt__(self, o): return str.__lt__(self.lower(), o.lower())
print(sorted([S("b"), S("A"), S("c")]))
