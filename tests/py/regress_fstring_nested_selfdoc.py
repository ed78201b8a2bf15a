# Regression: `=` in a replacement field nested in a format spec dropped its "name=" text
class Echo:
    def __format__(self, spec):
        return "<" + spec + ">"
e = Echo()
x, y = 5, 3
print(f"{x:{y=}}")
print(f"{e:a{y=}b}")
print(f"{e:{y = }}")
print(f"{e:{y=!s}}", f"{e:{y=!r}}", f"{e:{'q'=}}", f"{e:{'q'=!s}}")
print(f"{e:{y=:d}|{y=:>4}}")
print(f"{e:{ y = !r:}}")
def f(v): return v
print(f"{e:{f(y)=}}", f"{y=}{e:{y=}}", f"{e:{y=}{y=}}")
print(f"{e:{x if y == 3 else 0=}}")
print(f"{e:{y==3=}}", f"{e:{y!=3=}}")
