# Errors from dict/set mutation during iteration, generator reuse and more
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def del_during():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
attempt(del_during)
def list_mutation_ok():
    xs = [1, 2, 3]
    for x in xs:
        if x == 1:
            xs.remove(x)
    return xs
attempt(list_mutation_ok)
def exhausted():
    g = (x for x in [1])
    list(g)
    return list(g)
attempt(exhausted)
def bad_send():
    def gen():
        yield 1
    g = gen()
    return g.send(5)
attempt(bad_send)
def close_then_send():
    def gen():
        yield 1
    g = gen()
    next(g)
    g.close()
    return g.send(None)
attempt(close_then_send)
def stop_in_gen():
    def gen():
        yield 1
        raise StopIteration("inner stop")
    return list(gen())
attempt(stop_in_gen)
def super_outside():
    class A:
        def f(self):
            return super().missing()
    return A().f()
attempt(super_outside)
def frozen_add():
    fs = frozenset([1])
    fs.add(2)
attempt(frozen_add)
def tuple_append():
    t = (1,)
    t.append(2)
attempt(tuple_append)
def str_del():
    s = "abc"
    del s[0]
attempt(str_del)
