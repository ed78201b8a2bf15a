# str.format with positional/keyword/attribute/index fields
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"Pt({self.x}, {self.y})"
p = Pt(3, 4)
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{a} {b}".format(a=1, b=[2]))
print("{0.x},{0.y} {p.x}".format(p, p=p))
print("{0[0]} {0[1]} {d[key]} {d[3]}".format([10, 20], d={"key": "v", 3: "three"}))
print("{0[1][0]}".format([[1], ["deep"]]))
print("{!r} {!s} {!a}".format("s", "s", "é"))
print("{0!r:>10}|{0:<6}|".format("ab"))
print("{:{}}|{:{}.{}f}|".format("x", 5, 3.14159, 8, 2))
print("{0:{1}{2}{3}}".format(42, "*", ">", 8))
print("{{}} {{{}}}".format(9))
print("{:,} {:_x} {:#o} {:e} {:%}".format(1234567, 65535, 8, 1234.5, 0.25))
print("{0}{1}{0}".format(*"ab"))
print("{x}{y}".format(**{"x": 1, "y": 2}))
print("{p}".format(p=p), "{!r}".format(p))
print("{:>8}".format(p.__repr__()))
print("{0:^{w}}|".format("mid", w=9))
print("{0[-1]}".format({"-1": "neg"}))
print("{0.real} {0.imag}".format(3))
print("X{}Y".format(""))
errs = ["{} {}", "{0} {}", "{a}", "{0[5]}", "{0.zz}", "{", "}", "{0!x}", "{:d}", "{0:{1}}", "{0[}", "{!}"]
for e in errs:
    try:
        print(repr(e), "->", repr(e.format("s")))
    except Exception as ex:
        print(repr(e), "->", type(ex).__name__, ex)
print("{0} {0}".format_map({}) if False else "x")
print("{name} is {age}".format_map({"name": "Bob", "age": 30}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
