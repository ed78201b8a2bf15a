# Errors from numeric overflow and huge values that CPython still handles
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: 2.0 ** 10000)
attempt(lambda: 10.0 ** 400)
attempt(lambda: float(10 ** 30) * 1e300)
attempt(lambda: int("9" * 30))
attempt(lambda: round(float("inf")))
attempt(lambda: round(float("nan")))
attempt(lambda: [0] * -1)
attempt(lambda: "ab" * 0)
attempt(lambda: (1e308 * 10) - (1e308 * 10))
attempt(lambda: chr(65) + chr(0x10FFFF)[:0])
