# Regression: f-strings evaluated as expression trees keep CPython's order, conversions, nested specs and errors
class Loud:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        print("format", self.name, repr(spec))
        return f"<{self.name}:{spec}>"

    def __repr__(self):
        print("repr", self.name)
        return f"Loud({self.name!r})"


def w(x):
    print("eval", x)
    return x


n, s, f = 42, "hi", 3.14159
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{s:*^7}] [{f:.2f}] [{f!r}] [{s!a}] [{n:{w(8)}}]")
print(f"{Loud('a')} {Loud('b')!r} {Loud('c'):{w('x')}{w('y')}}")
width, prec = 10, 3
print(f"{f:{width}.{prec}f}|{n:#{'x'}}|{'é'!a}|{'':>{width}}|")
for i in range(3):
    print(f"{i}: {i * 2:>{i + 2}} {[i] * i!r:>12} {i / 3:.{i}f}")


def tag(a, b):
    return f"{a}-{b}"


print(tag(1, 2), tag("x", [3]), [tag(i, i * i) for i in range(4)])


class Bad:
    def __format__(self, spec):
        raise ValueError("bad format " + spec)


for spec in ("q", ""):
    try:
        print(f"{n:{spec}}" if spec else f"{Bad():zz}")
    except ValueError as e:
        print("ValueError", e)
try:
    print(f"""value: {
        Bad()
    }""")
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_lineno)
