# Regression: except with a non-exception class in a tuple
try:
    try:
        raise ValueError("x")
    except (ValueError, 5):
        print("matched")
except TypeError as e:
    print("TypeError:", e)
