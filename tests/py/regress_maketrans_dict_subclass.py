# Regression: str.maketrans accepted a dict subclass as its one argument; CPython requires a dict exactly
class D(dict):
    pass


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: str.maketrans(D(a="1")))
attempt(lambda: str.maketrans(D()))
attempt(lambda: str.maketrans({"a": "1", 98: None}))
attempt(lambda: str.maketrans(dict(D(a="x"))))
attempt(lambda: str.maketrans([("a", "1")]))
attempt(lambda: "abc".translate(D(a="1")))
