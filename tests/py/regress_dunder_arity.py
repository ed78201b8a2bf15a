# Regression: dunders called with too few or too many arguments raised SystemError or ran
L = [1, 2]
tests = [
    lambda: L.__setitem__(0), lambda: {}.__setitem__(), lambda: (1).__getattribute__(), lambda: [].__getitem__(),
    lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: "a".__mul__(), lambda: [].__imul__(),
    lambda: [].__iadd__(), lambda: ().__getitem__(), lambda: {}.__getitem__(), lambda: {}.__contains__(),
    lambda: set().__contains__(), lambda: b"x".__getitem__(), lambda: bytearray().__setitem__(0),
    lambda: bytearray().__delitem__(), lambda: (1.5).__eq__(), lambda: "a".__lt__(1, 2), lambda: [].__len__(1),
    lambda: (1).__repr__(1), lambda: range(3).__iter__(1), lambda: object().__setattr__("x"),
    lambda: object().__delattr__(), lambda: (1).__hash__(1), lambda: [].__len__(x=1), lambda: (1).__neg__(2),
    lambda: (1).__format__(), lambda: [].__reversed__(1), lambda: None.__format__("", 1),
    lambda: property().__get__(), lambda: property().__get__(1, 2, 3), lambda: {}.__delitem__(),
    lambda: (1).__divmod__(), lambda: "a".__contains__(), lambda: (1).__bool__(0), lambda: iter([]).__next__(1),
]
for f in tests:
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
L.__setitem__(0, 5)
print(L, [3].__getitem__(0), (1).__add__(2), "ab".__mul__(2), {1: 2}.__contains__(1), (2).__format__("03"))
for f in [lambda: (1.5).__round__(1, 2), lambda: (7).__trunc__(1), lambda: (1.5).__floor__(2), lambda: (2).__ceil__(0)]:
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
print((5).__round__(), (2.5).__round__(), (1.25).__round__(1), (1.5).__floor__(), (7).__trunc__())
