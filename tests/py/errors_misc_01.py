# StopIteration, RecursionError, RuntimeError, NotImplementedError, AssertionError
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: next(iter([])))
def forever(n):
    return forever(n + 1)
attempt(lambda: forever(0))
def mutate_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
attempt(mutate_dict)
def mutate_set():
    s = {1, 2}
    for k in s:
        s.add(k + 10)
attempt(mutate_set)
def gen_running():
    def g():
        yield me.send(None)
    me = g()
    return next(me)
attempt(gen_running)
def raise_not_impl():
    raise NotImplementedError("subclass must implement")
attempt(raise_not_impl)
def failing_assert():
    assert 1 == 2, "one is not two"
attempt(failing_assert)
def bad_raise():
    raise 5
attempt(bad_raise)
def bad_raise_class():
    class NotExc:
        pass
    raise NotExc
attempt(bad_raise_class)
def reraise_nothing():
    raise
attempt(reraise_nothing)
