# Regression: dunders called by builtins (sort, operators, len, in) run inline or in a pooled frame and keep their semantics
class K:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, o, strict=True):
        return self.k < o.k if strict else self.k <= o.k

    def __repr__(self):
        return f"{self.k}{self.tag}"


xs = [K((i * 7) % 5, chr(97 + i)) for i in range(10)]
print(sorted(xs), min(xs), max(xs))


class Loopy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        # a loop: not a straight-line body, so a frame of its own
        n = 0
        for _ in range(2):
            n += 1
        return self.v < o.v

    def __eq__(self, o):
        return isinstance(o, Loopy) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __add__(self, o):
        if not isinstance(o, Loopy):
            return NotImplemented
        return Loopy(self.v + o.v)

    def __radd__(self, o):
        return Loopy(o + self.v)

    def __len__(self):
        total = 0
        for _ in range(self.v):
            total += 1
        return total

    def __iter__(self):
        yield from range(self.v)


ls = [Loopy(3), Loopy(1), Loopy(2)]
print([x.v for x in sorted(ls)], [len(x) for x in ls], [list(x) for x in ls])
print((ls[0] + ls[1]).v, (5 + ls[2]).v, sum(ls, 0).v, Loopy(2) in ls, ls.index(Loopy(1)))
print(len({Loopy(1), Loopy(1), Loopy(4)}))
try:
    ls[0] + "x"
except TypeError as e:
    print("TypeError", e)


# a comparison that raises part-way through a sort leaves the list as CPython's does
class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise ValueError("boom")
        return self.v < o.v


bs = [Boom(v) for v in (5, 4, 3, 2, 1)]
for _ in range(2):
    try:
        bs.sort()
    except ValueError as e:
        print("ValueError", e, [b.v for b in bs])


# a dunder that recurses without end
class Deep:
    def __eq__(self, o):
        return self == o


try:
    Deep() == Deep()
except RecursionError:
    print("RecursionError")


# dunders with closures, and the same dunder called again after an exception
def make():
    seen = []

    class C:
        def __init__(self, v):
            self.v = v

        def __lt__(self, o):
            seen.append(self.v)
            if self.v < 0:
                raise KeyError(self.v)
            return self.v < o.v

    return C, seen


C, seen = make()
print(sorted([C(2), C(1), C(3)], key=lambda c: c).__len__(), seen)
for vals in ([C(-1), C(1)], [C(1), C(0)]):
    try:
        print([c.v for c in sorted(vals)])
    except KeyError as e:
        print("KeyError", e)
print(seen)
