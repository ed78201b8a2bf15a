# Regression: sum() and reversed() arity and keyword messages
for f in [lambda: sum(), lambda: sum([1], 2), lambda: sum([1], start=2), lambda: sum([1], 2, 3), lambda: sum(iterable=[1]), lambda: reversed(), lambda: reversed(1,2), lambda: reversed([], x=1)]:
  try: print(f())
  except TypeError as e: print(e)
for f in [lambda: (5).__pow__(), lambda: (5).__pow__(1,2,3), lambda: (5).__add__(), lambda: (5).__lt__(1,2), lambda: (5).__format__(), lambda: (5.0).__format__(1,2), lambda: "a".__format__(), lambda: (5).__invert__(1), lambda: (5).__rdivmod__(), lambda: "a".__iter__(1), lambda: None.__bool__(1), len.__call__, lambda: (5).__add__(x=1)]:
  try: f(); print("ok")
  except TypeError as e: print(repr(str(e)))
for f in [lambda: str.join(), lambda: list.append(), lambda: dict.get(), lambda: str.upper(), lambda: int.__new__(), lambda: str.upper(x=1), lambda: object.__init__(), lambda: object.__repr__(), lambda: type.__call__()]:
    try: f()
    except TypeError as e: print(e)
print(str.upper("a"), list.__len__([1]), int.__new__(int, 5), dict.fromkeys([1]), bytes.fromhex("41"), str.maketrans("a", "b"))
