# ValueError from unpacking and format specs
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def unpack2(seq):
    a, b = seq
    return a, b
def unpack_star(seq):
    a, b, *c = seq
    return a, b, c
attempt(lambda: unpack2([1, 2, 3]))
attempt(lambda: unpack2([1]))
attempt(lambda: unpack2("abcd"))
attempt(lambda: unpack_star([1]))
attempt(lambda: unpack2(5))
attempt(lambda: format(1, "z"))
attempt(lambda: format("s", "d"))
attempt(lambda: format(1.5, "d"))
attempt(lambda: "{:q}".format(3))
attempt(lambda: "{} {}".format(1))
attempt(lambda: "{0} {}".format(1, 2))
attempt(lambda: "{x}".format(y=1))
attempt(lambda: "%d %d" % (1,))
attempt(lambda: "%d" % (1, 2))
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: dict([1]))
