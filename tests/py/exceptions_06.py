# Multiple exception types in one clause and exception matching order
def risky(kind):
    if kind == "v":
        raise ValueError("v!")
    if kind == "t":
        raise TypeError("t!")
    if kind == "k":
        raise KeyError("k!")
    if kind == "z":
        return 1 / 0
    return "no error"
for k in "vtkzn":
    try:
        print(risky(k))
    except (ValueError, TypeError) as e:
        print("value/type:", e)
    except LookupError as e:
        print("lookup:", repr(e))
    except Exception as e:
        print("other:", type(e).__name__, e)
try:
    raise IndexError("idx")
except Exception:
    print("caught by Exception")
except IndexError:
    print("never")
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(bool, int))
