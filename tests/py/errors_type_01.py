# TypeError messages for unsupported operand types
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: 1 + "a")
attempt(lambda: "a" + 1)
attempt(lambda: [1] + (2,))
attempt(lambda: 1 - "x")
attempt(lambda: "x" * "y")
attempt(lambda: [1] * 2.0)
attempt(lambda: None + 1)
attempt(lambda: {} + {})
attempt(lambda: 1 < "a")
attempt(lambda: "a" >= 1)
attempt(lambda: [1] < (1,))
attempt(lambda: None < None)
attempt(lambda: -"a")
attempt(lambda: ~1.5)
attempt(lambda: 2 ** "x")
attempt(lambda: "%d" % "x")
attempt(lambda: 1 & 1.0)
attempt(lambda: {1} + {2})
