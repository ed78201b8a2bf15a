# finally/return interplay and counting
log = []
def f(n):
    try:
        log.append(f"try{n}")
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        if n == 2:
            return [1 / 0]
    except ValueError as e:
        log.append(f"except {e}")
        return "handled"
    except ZeroDivisionError:
        log.append("zde")
        raise
    else:
        log.append("else")
    finally:
        log.append(f"finally{n}")
    log.append("after")
    return "fell through"
for n in range(4):
    try:
        print(n, f(n))
    except ZeroDivisionError as e:
        print(n, "raised", e)
print(log)
def gen_finally():
    try:
        yield 1
        return
    finally:
        print("gen finally")
for v in gen_finally():
    print("v", v)
print("---")
def while_finally():
    i = 0
    while i < 5:
        i += 1
        try:
            if i == 2: continue
            if i == 4: break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no else after break")
    return i
print(while_finally())
def nested_finally_order():
    out = []
    try:
        try:
            try:
                out.append(1)
                raise ValueError
            finally:
                out.append(2)
        finally:
            out.append(3)
    except ValueError:
        out.append(4)
    finally:
        out.append(5)
    return out
print(nested_finally_order())
def return_in_except_finally_override():
    try:
        raise KeyError
    except KeyError:
        return "except"
    finally:
        print("override check")
print(return_in_except_finally_override())
def exc_var_scope():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "unbound: " + str(u)
print(exc_var_scope())
