# Exception classes stored in variables and tuples, dynamic except clauses
handled = (KeyError, IndexError)
errors = [KeyError("k"), IndexError("i"), ValueError("v")]
for err in errors:
    try:
        try:
            raise err
        except handled as e:
            print("handled", type(e).__name__)
    except Exception as e:
        print("escaped", type(e).__name__)
ExcType = ValueError
try:
    raise ExcType("dynamic")
except ExcType as e:
    print(e)
def pick(n):
    return [TypeError, ZeroDivisionError][n]
try:
    1 / 0
except pick(1):
    print("matched computed class")
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        finally:
            print("inner finally")
except TypeError as e:
    print("outer got", e, "context:", repr(e.__context__))
