# Regression: a list or bytearray changed by the __eq__ or __index__ that one of its operations calls is an IndexError/ValueError, not an internal error
L = [1, 2, 3]
class C:
    def __eq__(self, o):
        L.clear()
        return False
for op in ("index", "count", "remove", "in", "eq"):
    L[:] = [1, 2, 3]
    try:
        if op == "index": print(L.index(C()))
        elif op == "count": print(L.count(C()))
        elif op == "remove": L.remove(C())
        elif op == "in": print(C() in L)
        else: print(L == [C(), C(), C()], [C(), 1] == L)
    except Exception as e:
        print(op, type(e).__name__, "" if op == "index" else e)
for what in ("get", "set", "del"):
    L = [10, 20, 30, 40]
    class I:
        def __index__(self):
            L.clear()
            return 2
    try:
        if what == "get": print(L[I()])
        elif what == "set": L[I()] = 99
        else: del L[I()]
    except Exception as e:
        print(what, type(e).__name__, e)
    print(L)
T = (1, 2, 3)
class J:
    def __index__(self): return 1
print(T[J()])
B = bytearray(b"abcd")
class K:
    def __index__(self):
        B.clear()
        return 1
try:
    B[K()] = 65
except Exception as e:
    print(type(e).__name__, e)
try:
    del B[K()]
except Exception as e:
    print(type(e).__name__, e)
