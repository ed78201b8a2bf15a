# expect-error: Outer.InnerError: nested
class Outer:
    class InnerError(ValueError): pass
print("x")
raise Outer.InnerError("nested")
