# Division-by-zero wording for divmod and mixed operand kinds, bytes index errors
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: divmod(1.0, 0))
attempt(lambda: divmod(5, 0.0))
attempt(lambda: 5 % 0.0)
attempt(lambda: 5.0 // 0)
attempt(lambda: -3 // 0)
attempt(lambda: 2 ** -1 / 0)
attempt(lambda: b"abc"[1.0])
attempt(lambda: bytearray(b"x")[3])
