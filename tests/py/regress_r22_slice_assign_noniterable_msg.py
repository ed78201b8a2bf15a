# Regression: slice assignment from a non-iterable names the type
a = [1, 2, 3]
for f in [lambda: a.__setitem__(slice(0, 1), 5), lambda: a.__setitem__(slice(None, None, 2), 5)]:
    try: f()
    except TypeError as e: print(e)
