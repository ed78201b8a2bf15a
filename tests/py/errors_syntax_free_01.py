# Runtime errors raised by user code via raise with various objects
def attempt(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e), "|", e)
def r1():
    raise ValueError("a", 1, None)
def r2():
    raise KeyError("quoted")
def r3():
    raise KeyError("a", "b")
def r4():
    raise IndexError(42)
def r5():
    raise Exception()
def r6():
    raise RuntimeError(["list", "arg"])
def r7():
    raise OSError("disk full")
def r8():
    raise UnicodeError("unicode stuff")
for f in (r1, r2, r3, r4, r5, r6, r7, r8):
    attempt(f)
