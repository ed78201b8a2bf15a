# Regression: an annotation without a value on an attribute or subscript target did not evaluate the target's object and index
log = []
def note(what, value):
    log.append(what)
    return value
class O:
    pass
o = O()
d = {}
note("obj", o).attr: note("ann", int)
note("dict", d)[note("key", "k")]: note("ann2", str)
note("list", [1, 2])[note("lo", 0):note("hi", 1)]: note("ann3", list)
print(log, hasattr(o, "attr"), d)
try:
    missing.attr: int
    print("not evaluated")
except NameError as e:
    print("NameError", e)
try:
    d2["k"]: int
except NameError as e:
    print("NameError", e)
try:
    d[undefined_key]: int
except NameError as e:
    print("NameError", e)
class C:
    note("class obj", o).x: note("class ann", int)
    y: int
print(log[-2:], C.__annotations__)
def f():
    note("func obj", o).z: note("func ann", int)
    try:
        absent.q: int
    except NameError as e:
        print("NameError", e)
    (local_name): int
    return "ok"
print(f(), log[-1])
