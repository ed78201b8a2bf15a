# IndexError and KeyError messages
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: [1, 2, 3][3])
attempt(lambda: [][-1])
attempt(lambda: (1,)[5])
attempt(lambda: "abc"[10])
attempt(lambda: range(3)[3])
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: {}.popitem())
attempt(lambda: {"a": 1}["b"])
attempt(lambda: {1: 2}[3])
attempt(lambda: {(1, 2): 0}[(3, 4)])
attempt(lambda: set().pop())
attempt(lambda: {1}.remove(2))
attempt(lambda: {}.pop("k"))
attempt(lambda: b"ab"[2])
def setitem(o, k, v):
    o[k] = v
attempt(lambda: setitem([1], 1, 0))
