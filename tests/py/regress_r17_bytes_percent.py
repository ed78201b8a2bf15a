# Regression: bytes %-formatting
def run(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
run(lambda: b"%b|%5b" % (b"x", b"y"))
run(lambda: b"%s" % "str")
run(lambda: b"%s" % 5)
run(lambda: b"%a" % b"z")
run(lambda: b"%(k)s" % {b"k": b"v"})
run(lambda: b"%c" % 256)
run(lambda: float(b"1.5"))
