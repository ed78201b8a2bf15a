# Regression: bytes % reports CPython's bytes errors: %d for %i, 'float argument required', 'width too big'/'prec too big' and the C overflow of * values
for f, a in [(b"%*d", (10**20, 1)), (b"%.*f", (10**11, 1.0)), (b"%99999999999999999999d", 1), (b"%.99999999999999999999f", 1.0), (b"%.9999999999f", 1.0), (b"%i", b"x"), (b"%d", "x"), (b"%u", b"x"), (b"%f", b"x"), (b"%e", "x"), (b"%g", []), (b"%x", b"x"), (b"%c", b"xy"), (b"%c", 300)]:
    try: print(len(f % a))
    except Exception as e: print(f, type(e).__name__, e)
