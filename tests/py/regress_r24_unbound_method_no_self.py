# Regression: unbound builtin method called without self
for f in [lambda: str.join(), lambda: list.append(), lambda: dict.get(), lambda: str.upper()]:
    try: f()
    except TypeError as e: print(e)
