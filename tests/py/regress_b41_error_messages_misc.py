# Regression: divmod, bound-method attribute and call-unpacking error messages
class C:
    def m(self): pass
def f(a): pass
for fn in [lambda: divmod(C(), 1), lambda: C().m.nope, lambda: print(*1), lambda: f(*5), lambda: f(**[1]),
           lambda: f(**{"a": 1}, **{"a": 2})]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
