# Regression: BaseException's methods called through the type on a non-exception crashed with an internal error, and BaseException.__str__ used KeyError's override
def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)
t(lambda: BaseException.__init__(5))
t(lambda: BaseException.__init__(object()))
t(lambda: ValueError.__str__(5))
t(lambda: KeyError.__str__(5))
t(lambda: KeyError.__str__(ValueError("q")))
t(lambda: OSError.__str__(5))
t(lambda: Exception.add_note(5, "x"))
t(lambda: BaseException.__repr__(5))
t(lambda: ValueError.__repr__(5))
t(lambda: ValueError.with_traceback(5, None))
t(lambda: Exception.__str__(KeyError("z")))
t(lambda: BaseException.__str__(KeyError("z")))
t(lambda: BaseException.__str__(OSError(2, "x")))
t(lambda: OSError.__str__(OSError(2, "x")))
t(lambda: BaseException.__init__(ValueError(), 1))
t(lambda: BaseException.__new__(5))
t(lambda: BaseException.__new__(int))
t(lambda: ValueError("a").add_note())
t(lambda: ValueError("a").add_note("x", "y"))
t(lambda: ValueError("a").with_traceback())
t(lambda: ValueError("a").with_traceback(None, 1))
class K(KeyError):
    pass
print(str(K("z")), str(K()), str(K(1, 2)), repr(K("z")))
class O(OSError):
    pass
print(str(O(2, "nf")), str(O(2, "nf", "fn")))
