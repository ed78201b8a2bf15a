# NameError, UnboundLocalError and AttributeError messages
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: undefined_name)
def unbound():
    print(x)
    x = 1
attempt(unbound)
def unbound_nested():
    def inner():
        return v
    inner_result = inner()
    v = 2
    return inner_result
attempt(unbound_nested)
class C:
    def __init__(self):
        self.a = 1
attempt(lambda: C().b)
attempt(lambda: C.zz)
attempt(lambda: (1).foo)
attempt(lambda: "s".nope)
attempt(lambda: [].push)
attempt(lambda: None.x)
attempt(lambda: {}.has_key)
def set_attr_on_int():
    x = 5
    x.attr = 1
attempt(set_attr_on_int)
def set_on_str():
    "abc".upper = None
attempt(set_on_str)
attempt(lambda: object().__dict__)
