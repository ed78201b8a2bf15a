# Regression: unbound locals as subscript, attribute and store operands read in place still raise UnboundLocalError
class C: pass
def f(k):
    if k:
        x = [1, 2, 3]; i = 1; v = 9; o = C(); o.a = 1
    for stmt in ("x[i]", "x[i] = v", "x[i] += v", "o.a", "o.a = v", "o.a += v", "x[0]", "x[i] = 5"):
        try:
            if stmt == "x[i]": print(x[i])
            elif stmt == "x[i] = v": x[i] = v
            elif stmt == "x[i] += v": x[i] += v
            elif stmt == "o.a": print(o.a)
            elif stmt == "o.a = v": o.a = v
            elif stmt == "o.a += v": o.a += v
            elif stmt == "x[0]": print(x[0])
            else: x[i] = 5
            print(stmt, "ok")
        except UnboundLocalError as e:
            print(stmt, e)
    if k: print(x, o.a)
f(0); f(1)
def g(k):
    if k: v = 3
    x = [1]
    try:
        x[0] = v
    except UnboundLocalError as e: print(e)
    o = C()
    try:
        o.b = v
    except UnboundLocalError as e: print(e)
g(0)
