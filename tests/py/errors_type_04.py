# More TypeError wording: iteration, unpacking, calling, arguments
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def unpack(v):
    a, b = v
    return a
def f(a, b=1, *, c):
    return a
def g(a, b):
    return a
attempt(lambda: unpack(5))
attempt(lambda: unpack(None))
attempt(lambda: [x for x in 10])
attempt(lambda: sum(["a", "b"]))
attempt(lambda: sum([[1]]))
attempt(lambda: f(1, 2, 3, c=4))
attempt(lambda: f(1))
attempt(lambda: g(1, 2, a=3))
attempt(lambda: g(b=2))
attempt(lambda: g())
attempt(lambda: g(1, 2, d=4))
attempt(lambda: "a" in 5)
attempt(lambda: range("3"))
attempt(lambda: [1, 2, 3]["1"])
attempt(lambda: {"a": 1}.get())
attempt(lambda: "abc".upper(1))
attempt(lambda: max())
attempt(lambda: max(5))
attempt(lambda: min([]))
attempt(lambda: max([], key=len))
