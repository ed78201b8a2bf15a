# Regression: `ba += ba` extended a bytearray by itself; CPython raises BufferError (its buffer is exported while read), and ba.__init__(ba) empties it first
def attempt(name, f):
    ba = bytearray(b"ab")
    try:
        r = f(ba)
        print(name, "ok", ba, r)
    except Exception as e:
        print(name, type(e).__name__, e, ba)


def iadd(ba):
    ba += ba


def iadd_alias(ba):
    x = ba
    x += ba


attempt("iadd", iadd)
attempt("iadd alias", iadd_alias)
attempt("__iadd__", lambda ba: ba.__iadd__(ba))
attempt("empty", lambda ba: (ba.clear(), ba.__iadd__(ba)))
attempt("copy", lambda ba: ba.__iadd__(bytes(ba)))
attempt("extend", lambda ba: ba.extend(ba))
attempt("slice", lambda ba: ba.__setitem__(slice(0, 0), ba))
attempt("add", lambda ba: ba + ba)
attempt("str", lambda ba: ba.__iadd__("x"))
attempt("__init__", lambda ba: ba.__init__(ba))
attempt("__init__ float", lambda ba: ba.__init__(1.5))
attempt("__init__ keyword", lambda ba: ba.__init__(x=1))
attempt("__init__ encoding", lambda ba: ba.__init__("x", 1))


class Reader:
    def __init__(self, ba):
        self.ba = ba

    def __iter__(self):
        yield len(self.ba)
        yield 7


ba = bytearray(b"abc")
ba.__init__(Reader(ba))
print(ba)
