# Booleans as integers and integer-like behaviour
print(True + 1, True * 3.5, False ** 0, True / 2, True // 2, -True, ~True, ~False)
print(True & False, True | False, True ^ True, True << 3, int(True), str(True), repr(False))
print(sum([True, True, False, True]), [1, 2, 3][True], "ab"[False])
print(True == 1.0, hash(True) == hash(1), {True: "a", 1: "b"}, max(True, 0), abs(-True))
print(type(True + True).__name__, type(True & True).__name__, type(True | 0).__name__)
print(isinstance(False, int), bool(-0.0), bool(0j) if False else False)
