# list and dict method calls in loops, through call sites that also see list and dict subclasses
# overriding the methods, other receivers, and the methods' errors.


class L(list):
    def append(self, x):
        list.append(self, x * 10)


class D(dict):
    def get(self, k, d=None):
        return ("D", k)


def run(objs):
    out = []
    for o in objs:
        if isinstance(o, list):
            o.append(1)
            out.append(o[-1])
        else:
            out.append(o.get("a", 0))
    return out


print(run([[], L(), {}, D(), {"a": 5}, [], L()]))
d = {}
for i in range(5):
    d.setdefault(i % 2, []).append(i)
    print(d.get(i % 2), d.pop(99, "none"), d.get(7))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError:", e)
