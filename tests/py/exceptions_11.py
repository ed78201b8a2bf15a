# Exception objects used after the except block, traceback-free introspection
errors = []
for v in ["3", "x", None, "7"]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as exc:
        errors.append(exc)
for e in errors:
    if isinstance(e, Exception):
        print(type(e).__name__, "|", e)
    else:
        print("value", e)
def thrower():
    raise ValueError("from thrower")
try:
    thrower()
except ValueError as e:
    print(e.__traceback__ is not None)
    print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, BaseException))
ex = KeyError("k")
ex.extra = "attached"
try:
    raise ex
except KeyError as caught:
    print(caught is ex, caught.extra)
