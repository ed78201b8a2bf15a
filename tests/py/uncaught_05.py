# expect-error: RuntimeError: wrapped
def inner():
    raise ValueError("inner problem")
try:
    inner()
except ValueError as e:
    print("caught", e)
    raise RuntimeError("wrapped") from e
