# Arithmetic error messages
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: 1 / 0)
attempt(lambda: 1 // 0)
attempt(lambda: 1 % 0)
attempt(lambda: divmod(1, 0))
attempt(lambda: 1.0 / 0)
attempt(lambda: 1.0 // 0.0)
attempt(lambda: 1.5 % 0)
attempt(lambda: 0 ** -1)
attempt(lambda: 0.0 ** -1)
attempt(lambda: pow(2, 3, 0))
attempt(lambda: 1 << -1)
attempt(lambda: 1 >> -1)
attempt(lambda: pow(2, -1, 4))
attempt(lambda: float("inf") * 0)
attempt(lambda: int(float("inf")))
attempt(lambda: int(float("nan")))
