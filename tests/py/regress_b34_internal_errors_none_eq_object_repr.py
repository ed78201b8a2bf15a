# Regression: None.__eq__ and object.__repr__ called directly on odd arguments
try:
    print(None.__eq__(None))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(object.__repr__(5)[:13])
except Exception as e:
    print(type(e).__name__, e)
try:
    type("X", (1,), {})
except Exception as e:
    print(type(e).__name__, e)
