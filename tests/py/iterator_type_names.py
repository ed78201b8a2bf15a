d = {"a": 1, "b": 2}
for x in [reversed(range(3)), reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()), iter(bytearray(b"x")), iter(b"x"), iter("é"), iter("abc"), iter(""), reversed("ab"), reversed((1,)), reversed([1]), iter({1}), iter(d), iter(d.items())]:
    print(type(x).__name__, list(x))
it = iter("héllo"); print(next(it), it.__next__(), list(it))
print(type(reversed(d)).__name__, next(reversed(d.items())))
