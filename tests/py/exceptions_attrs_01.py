# exception attributes, add_note, __traceback__ presence, BaseException vs Exception catches
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code
    def __reduce__(self): return (E, self.args)
e = E("m", 7)
print(e.args, e.msg, e.code, str(e))
try:
    raise e
except E as caught:
    print(caught.__traceback__ is not None)
try:
    try:
        raise SystemExit(2)
    except Exception:
        print("should not catch SystemExit")
except BaseException as be:
    print("BaseException caught", type(be).__name__, be.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("no")
except KeyboardInterrupt:
    print("KI caught")
try:
    raise GeneratorExit
except Exception:
    print("no")
except BaseException as g:
    print("GeneratorExit caught", repr(g))
ex = ValueError("base")
ex.add_note("note 1")
ex.add_note("note 2")
print("notes")
print(str(ex))
class Rich(Exception):
    def __str__(self):
        return "rich:" + ",".join(map(str, self.args))
    def __repr__(self):
        return "Rich!"
r = Rich(1, 2)
print(r, repr(r), [r], f"{r}", "%s" % r)
print(isinstance(Rich(), Exception), Rich.__mro__[-2].__name__)
# exceptions are ordinary objects
errs = [ValueError(i) for i in range(3)]
print([x.args[0] for x in errs], max(errs, key=lambda x: x.args[0]))
d = {KeyError: "k", ValueError: "v"}
for cls in [KeyError, ValueError]:
    try:
        raise cls("boom")
    except Exception as err:
        print(d[type(err)], err)
print(ZeroDivisionError("x").__class__.__name__, ZeroDivisionError.__base__.__name__)
try:
    1 / 0
except ZeroDivisionError as z:
    print(z.args)
try:
    [].pop()
except IndexError as z:
    print(z.args)
try:
    {}.popitem()
except KeyError as z:
    print(z.args)
try:
    int("abc")
except ValueError as z:
    print(z.args)
try:
    None.x
except AttributeError as z:
    print(z.args)
try:
    undefined_name
except NameError as z:
    print(z.args)
