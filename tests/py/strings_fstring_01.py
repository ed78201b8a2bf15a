# f-string: nested specs, =, conversions
width = 10; prec = 3; val = 3.14159265; name = "pi"
print(f"{val:{width}.{prec}f}|")
print(f"{val:>{width}.{prec}}|")
print(f"{name:{'*'}^{width}}|")
fill, align = "-", "<"
print(f"{name:{fill}{align}{width}}|")
print(f"{val=}")
print(f"{val = :.2f}")
print(f"{ val = }")
print(f"{name=!r:>10}")
print(f"{name=!s}")
print(f"{name!r:^12}|")
print(f"{name!a}")
print(f"{'café'!a} {'café'!r} {'café'!s}")
x = [1, 'two', 3.0]
print(f"{x!s} {x!r} {x=}")
print(f"{1+1=}, {x[1]=}, {len(x) = }")
d = {"k": 5, 1: "one"}
print(f"{d['k']} {d[1]}")
print(f"{'{'}{'}'} {{}} {{{{}}}}")
print(f"{3:{'>'}{'+'}{5}}")
print(f"{12345:,} {12345:_} {0.5:.0%} {255:#06x}")
def spec(): return ".2f"
print(f"{2/3:{spec()}}")
print(f"{'a' 'b'}" f"{'c'}" "d")
print(f"""multi
{name}
line""")
print(f"{name}" + f'{name}' + rf"\n{name}" + fr'\t{name}')
print(f"{(lambda y: y * 2)(4)}")
print(f"{x if x else 'e'}")
print(f"{'yes' if val > 3 else 'no':>5}")
print(f"{3!r:>4}")
print(f"{None!s:>6}|{None!r:<6}|{True:>6}|{True!s:>6}")
n = 7
print(f"{n:b} {n:o} {n:x} {n:#b} {n:08.3f} {n:e}")
print(f"{-0.0:z} {-0.0:.1f} {-0.0:z.1f}" if False else f"{-0.0:.1f}")
print(f"{'nested {braces}'}")
print(f"{n:{n}d}|")
print(f"{n}{n}{n}")
print(f"{[i*i for i in range(5)]}")
print(f"{dict(a=1)!r:>20}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self): return "P()"
    def __str__(self): return "strP"
p = P()
print(f"{p} {p:abc} {p!r} {p!s} {p:{width}x}")
print(format(p, "zz"), "{0:q} {0!r:>6}".format(p))
