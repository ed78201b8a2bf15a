# Call arguments are evaluated positional and starred ones first, then the keyword ones, as CPython:
# f(k=a(), *b()) calls b() before a() (was source order), and a lone *x is iterated by the call,
# after the keyword values (f(*gen(), k=g()) ran the generator before g())
log = []
def t(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
def gen():
    log.append("gen runs")
    yield 1
def show(r):
    print(r, log)
    log.clear()
show(f(k=t(1), *t([2])))
show(f(t(0), k=t(1), *t([2]), j=t(3), **t({"z": 4})))
show(f(*t([1]), k=t(2), *t([3])))
show(f(*gen(), k=t(1)))
show(f(*gen(), **t({"z": 1})))
show(f(k=t(2), *gen()))
show(f(0, *gen(), k=t(3)))
show(f(k=t(f(q=t("inner"), *t(["i"]))), *t(["outer"])))
show(f(k=(lambda a, b: t(a))(5, 6), *t([7])))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        log.append(("meta", sorted(kw)))
        return super().__new__(m, name, bases, ns)
class Base:
    pass
class C(metaclass=t(Meta), *t([Base]), flag=t(1)):
    pass
show(C.__bases__)
L = [1, 2]
def grow():
    L.append(3)
    return "g"
show(f(*L, k=grow()))
for bad in [lambda: f(k=t(1), *t(None)), lambda: f(*t(5), **t({"a": 1}), b=t(2)), lambda: f(*[1], k=1, **t(None)),
            lambda: f(*[1], k=1, **{"k": 2}), lambda: len(k=t(1), *t([1]))]:
    try:
        bad()
    except TypeError as e:
        print(e, log)
        log.clear()
def g(a, b):
    return a - b
print(g(b=1, *[5]), g(*[5], b=2))
print(max(key=lambda x: -x, *[3, 1, 2]), sorted(reverse=True, *[[3, 1, 2]]))
print(sep="-", *["a", "b"])
