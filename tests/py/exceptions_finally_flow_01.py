# try/except/else/finally ordering with return/break/continue
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("f3 body", i)
        finally:
            print("f3 fin", i)
    return "done"
def f4():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("f4 fin", i)
    return i
def f5():
    try:
        raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f5 fin")
def f6():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f6 fin")
def f7():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "swallowed"
def f8():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after break"
def f9():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
def f10():
    r = "init"
    try:
        try:
            raise KeyError
        finally:
            r = "inner fin"
    except KeyError:
        return r + " + handled"
def f11():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11]:
    try:
        print(f.__name__, "->", f())
    except ValueError as e:
        print(f.__name__, "raised", repr(e))
def gen_order():
    log = []
    try:
        log.append("try")
        raise ValueError
    except ValueError:
        log.append("except")
        try:
            log.append("inner try")
        finally:
            log.append("inner finally")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(gen_order())
def nested_rethrow():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            print("handling v")
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer got", e, repr(e.__context__))
nested_rethrow()
# except clause order and bare except
try:
    [][1]
except Exception:
    print("Exception first")
except IndexError:
    print("never")
try:
    {}["x"]
except:
    print("bare except")
# exception tuple from variable
errs = (ValueError, TypeError)
try:
    int("x")
except errs as e:
    print("tuple var", type(e).__name__)
