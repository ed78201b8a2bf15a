# Regression: bytes concatenation error messages
for f in [lambda: b"a" + "b", lambda: b"a" + 5, lambda: bytearray(b"a") + "b"]:
    try: f()
    except TypeError as e: print(e)
