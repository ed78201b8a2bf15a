# __exit__ receives the exception triple; exception replaced in __exit__
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("type:", et.__name__ if et else None)
        print("value:", repr(ev))
        print("tb is None:", tb is None)
        return True
with Inspect():
    pass
with Inspect():
    raise KeyError("key")
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et:
            raise RuntimeError("replaced") from ev
try:
    with Replace():
        1 / 0
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
with Inspect() as a, Inspect() as b:
    print(a is not b)
