# Regression: int.from_bytes rejects str
try:
    print(int.from_bytes("ab", "big"))
except TypeError as e:
    print("TypeError", e)
