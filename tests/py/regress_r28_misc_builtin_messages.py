# Regression: zip, pow and max error messages
for f in [lambda: max(1, "a"), lambda: max([1, 2, "a"]), lambda: divmod("a", 1), lambda: zip(5), lambda: zip([1], 5), lambda: pow(2, 2, "a")]:
    try: f()
    except TypeError as e: print(e)
