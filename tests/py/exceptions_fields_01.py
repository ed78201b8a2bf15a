# Setting an exception's own fields (args, __cause__, __suppress_context__) on builtin and user exceptions.
e = ValueError(1)
e.args = [1, 2]
print(e.args, type(e.args), str(e))
try:
    e.args = 5
except TypeError as x: print(x)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        v = ValueError("v")
        v.__cause__ = k
        raise v
except ValueError as got:
    print(type(got.__cause__).__name__, got.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as x: print(x)
e.__suppress_context__ = True
print(e.__suppress_context__)
class MyE(Exception): pass
m = MyE("a")
m.args = ("b", "c")
m.custom = 1
print(m.args, m.custom, str(m))
