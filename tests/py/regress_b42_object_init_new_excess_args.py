# Regression: object.__init__ and object.__new__ reject extra arguments as CPython does
class C:
    def __init__(self): pass
class D:
    def __new__(cls, a): return super().__new__(cls)
for fn in [lambda: object.__init__(C(), 5), lambda: object.__new__(D, 1)]:
    try:
        fn()
        print("accepted")
    except TypeError as e:
        print(e)
