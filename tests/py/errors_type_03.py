# TypeError messages for subscripting, hashing and attribute-free ops
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def setitem(o, k, v):
    o[k] = v
def delitem(o, k):
    del o[k]
attempt(lambda: 5[0])
attempt(lambda: None[0])
attempt(lambda: [1, 2]["a"])
attempt(lambda: "abc"[1.5])
attempt(lambda: (1, 2)[None])
attempt(lambda: setitem((1, 2), 0, 5))
attempt(lambda: setitem("abc", 0, "x"))
attempt(lambda: delitem((1,), 0))
attempt(lambda: {[1]: 2})
attempt(lambda: {[]})
attempt(lambda: hash({}))
attempt(lambda: {}[[1]])
attempt(lambda: set().add([]))
attempt(lambda: 1 in 5)
attempt(lambda: "a" in [1] and 1 in "abc")
attempt(lambda: len(iter([])))
attempt(lambda: list(1))
attempt(lambda: tuple(None))
attempt(lambda: "".join([1, 2]))
attempt(lambda: ",".join("ab", "c"))
