# More ValueError/IndexError/KeyError wording
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: list(zip([1, 2], [1], strict=True)))
attempt(lambda: list(zip([1], [1, 2], strict=True)))
attempt(lambda: [1, 2, 3].index(4, 0, 2))
attempt(lambda: "abc".rindex("z"))
attempt(lambda: (1, 2).index(9))
attempt(lambda: int("1e3"))
attempt(lambda: int(" "))
attempt(lambda: int("0x", 16))
attempt(lambda: float("1.2.3"))
attempt(lambda: "x".center(-1) + "ok")
attempt(lambda: "abc".split(None, -1))
attempt(lambda: bytes.fromhex("zz"))
attempt(lambda: (5).to_bytes(1, "middle"))
attempt(lambda: (300).to_bytes(1, "big"))
attempt(lambda: round(1.5, None))
attempt(lambda: "%s %s" % ("a",))
attempt(lambda: "{:>x}".format("s"))
attempt(lambda: format(10, ",x"))
