# Regression: AttributeError from a class-pattern attribute means no match
class R:
    @property
    def bad(self): raise AttributeError("no")
match R():
    case R(bad=1): print("?")
    case _: print("no match")
