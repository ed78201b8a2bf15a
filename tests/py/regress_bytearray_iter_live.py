# Regression: bytearray iterators read a stale buffer after the bytearray grew or was replaced, and reversed() raised when it shrank
ba = bytearray(b"ab")
it = iter(ba)
next(it)
ba.append(99)
print(list(it))

for grow in [lambda b: b.extend(b"cd"), lambda b: b.insert(0, 120), lambda b: b.__setitem__(slice(0, 0), b"zz")]:
    ba = bytearray(b"ab")
    it = iter(ba)
    grow(ba)
    print(list(it), ba)

ba = bytearray(b"ab")
it = iter(ba)
ba += b"cd"
print(list(it))

ba = bytearray(b"ab")
it = iter(ba)
ba *= 2
print(list(it))

ba = bytearray(b"ab")
e = enumerate(ba)
ba.append(120)
print(list(e))

ba = bytearray(b"abc")
it = iter(ba)
ba[0:3] = b"XYZ"
print(list(it))

ba = bytearray(b"abc")
it = iter(ba)
ba[:] = b"XYZW"
print(list(it))

ba = bytearray(b"abcdef")
it = iter(ba)
next(it)
ba[0:6] = b"12"
print(list(it))

ba = bytearray(b"abc")
out = []
for x in ba:
    out.append(x)
    if len(ba) < 6:
        ba.append(x + 1)
print(out, ba)


def in_function():
    ba = bytearray(b"ab")
    for x in ba:
        print(x)
        if len(ba) < 40:
            ba.extend(b"xyz")
    print(len(ba))


in_function()

ba = bytearray(b"abcdef")
for x in ba:
    print(x)
    ba.pop()
print(ba)

# an exhausted iterator stays exhausted
ba = bytearray(b"a")
it = iter(ba)
print(list(it))
ba.append(98)
print(list(it))

ba = bytearray(b"abcd")
r = reversed(ba)
next(r)
del ba[1:]
print(list(r))

ba = bytearray(b"abcd")
r = reversed(ba)
next(r)
ba.append(1)
print(list(r))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i


print(list(reversed(Seq(5))))
