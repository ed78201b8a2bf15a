# raise from, __cause__, __context__, __suppress_context__
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError(f"missing {k}") from e
try:
    lookup({}, "x")
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no ctx") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise TypeError("t") from ValueError
except TypeError as e:
    print(repr(e.__cause__))
try:
    raise TypeError("t") from 5
except TypeError as e:
    print(e)
# explicit re-raise keeps identity
def reraiser():
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
        raise
try:
    reraiser()
except KeyError as e:
    print("reraised", repr(e), e.__context__)
# context chain of three
try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
except KeyError as e:
    c = e
    chain = []
    while c is not None:
        chain.append(repr(c))
        c = c.__context__
    print(chain)
# exception in finally replaces
def fin():
    try:
        raise ValueError("a")
    finally:
        raise TypeError("b")
try:
    fin()
except TypeError as e:
    print(repr(e), repr(e.__context__))
# raise class vs instance
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
# with_traceback and setting cause manually
e = ValueError("x")
e.__cause__ = KeyError("y")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as ex:
    print(ex)
print(e.with_traceback(None) is e)
# handler variable is deleted after except
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as ne:
    print(ne)
