# hash of ints and ints/floats equality in dict keys
print(hash(0), hash(1), hash(-1), hash(12345), hash(-12345))
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 70), hash(-(2 ** 64)))
print(hash(1.0), hash(2.5) == hash(2.5), hash(0.0) == hash(-0.0))
print(hash(True), hash(False), hash(None) == hash(None))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True}
print(s, len(s))
print({0: "a", 0.0: "b", False: "c"})
