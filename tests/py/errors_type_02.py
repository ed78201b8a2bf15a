# TypeError messages for calls
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def two(a, b):
    return a + b
def kwonly(*, k):
    return k
def posonly(a, /):
    return a
attempt(lambda: two(1))
attempt(lambda: two(1, 2, 3))
attempt(lambda: two(1, b=2, a=3))
attempt(lambda: two(1, c=3))
attempt(lambda: kwonly(1))
attempt(lambda: kwonly())
attempt(lambda: posonly(a=1))
attempt(lambda: two())
attempt(lambda: 5())
attempt(lambda: "str"())
attempt(lambda: None())
attempt(lambda: len(5))
attempt(lambda: len())
attempt(lambda: abs("x"))
attempt(lambda: int([1]))
attempt(lambda: float([]))
attempt(lambda: sorted(5))
attempt(lambda: iter(5))
attempt(lambda: next([1]))
