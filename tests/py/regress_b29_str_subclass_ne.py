# Regression: str subclass != uses the inherited str.__ne__
class S(str):
    def __eq__(self, o): return str.__eq__(self.lower(), o.lower())
    __hash__ = str.__hash__
print(S("x") != "X")
