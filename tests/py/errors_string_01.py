# String method errors and messages
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: "abc".split(1))
attempt(lambda: "abc".replace("a"))
attempt(lambda: "abc".startswith(["a"]))
attempt(lambda: "abc" + None)
attempt(lambda: "x".join(None))
attempt(lambda: "abc".encode("no-such-codec"))
attempt(lambda: b"\xff".decode("utf-8"))
attempt(lambda: "é".encode("ascii"))
attempt(lambda: "abc".zfill("5"))
attempt(lambda: "{".format(1))
attempt(lambda: "}".format(1))
attempt(lambda: "{0[1]}".format([0]))
attempt(lambda: "{a.b}".format(a=1))
attempt(lambda: "abc".ljust(5, ""))
attempt(lambda: str.upper(5))
attempt(lambda: "abc"[::0])
