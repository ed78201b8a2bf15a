# data-model error messages
class C:
    def m(self, a): return a
    def __init__(self, x=0): self.x = x
def f(a, b=1, *, c): return a
tests = [
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C(1, 2),
    lambda: C(y=1),
    lambda: f(1),
    lambda: f(1, 2, 3, c=1),
    lambda: f(1, a=2, c=3),
    lambda: f(c=1),
    lambda: C()[0],
    lambda: C()(),
    lambda: iter(C()),
    lambda: len(C()),
    lambda: {C(): 1, []: 2},
    lambda: hash([]),
    lambda: -C(),
    lambda: ~C(),
    lambda: +C(),
    lambda: abs(C()),
    lambda: C() + C(),
    lambda: C() < C(),
    lambda: C() >= 1,
    lambda: C() * "s",
    lambda: C() ** 2,
    lambda: C().nope,
    lambda: C.nope,
    lambda: setattr(1, "x", 2),
    lambda: setattr(int, "x", 2),
    lambda: delattr(C(), "zz"),
    lambda: (1).nope,
    lambda: "s".nope,
    lambda: [].nope,
    lambda: None.nope,
    lambda: int.nope,
    lambda: [x for x in C()],
    lambda: [*C()],
    lambda: dict(**{1: 2}) if False else f(**{1: 2}),
    lambda: C().m(a=1, a2=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, /: 0)(x=1),
    lambda: sorted([C(), C()]),
    lambda: min([]),
    lambda: next(C()),
    lambda: sum([C()]),
    lambda: "x" + C(),
    lambda: [1][C()],
    lambda: "abc"[str("a")],
    lambda: {}[[]],
    lambda: int(C()),
    lambda: float(C()),
    lambda: str.upper(1),
    lambda: C.m(),
    lambda: isinstance(1, 1),
    lambda: super(int, "s"),
    lambda: C().__dict__.nope,
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
