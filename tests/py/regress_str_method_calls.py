# str method calls in a loop: zero, one, two and three arguments, errors, and str subclasses
# (whose methods may be overridden) going through the same call sites.


class Shout(str):
    def upper(self):
        return "SHOUT:" + str.upper(self)

    def find(self, sub):
        return -42


def run(items):
    out = []
    for s in items:
        out.append(s.upper())
        out.append(s.find("b"))
        out.append(s.replace("a", "A"))
        out.append(s.count("a", 1, 3))
        out.append(s.startswith(("x", "a")))
        out.append(s.split(maxsplit=1))
    return out


print(run(["abc", "banana", Shout("abab"), "", "xa b c"]))


def find_all(items, sub):
    r = []
    for s in items:
        try:
            r.append(s.index(sub))
        except ValueError as e:
            r.append(str(e))
    return r


print(find_all(["zab", "b", "nope", Shout("bb")], "b"))


def bad(items):
    t = 0
    for s in items:
        t += len(s.strip(5))
    return t


try:
    bad(["  a  "])
except TypeError as e:
    print("TypeError:", e)

# the same call site sees a str and then other receivers
for v in ["a-b", b"a-b", ["a-b"]]:
    try:
        print(v.split(b"-" if isinstance(v, bytes) else "-"))
    except AttributeError as e:
        print("AttributeError:", e)

# a join in a loop: pieces of every size
parts = []
for i in range(6):
    parts.append(str(i) * i)
    print(repr("".join(parts)), repr(", ".join(parts)))
