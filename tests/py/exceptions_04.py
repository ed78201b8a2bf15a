# raise from, __cause__, __context__, suppress_context
class DataError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise DataError(f"cannot parse {s!r}") from e
try:
    parse("abc")
except DataError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
