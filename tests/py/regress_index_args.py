# Regression: list/tuple.index took None bounds, list.pop/insert and indexing past 2**63 gave the wrong error, min/max(iterable=...) blamed the keyword, isinstance refused int | list[int]
tests = [
    ("[1, 2, 3].index(2, None)", lambda: [1, 2, 3].index(2, None)),
    ("[1, 2, 3].index(2, 0, None)", lambda: [1, 2, 3].index(2, 0, None)),
    ("(1, 2, 3).index(2, None)", lambda: (1, 2, 3).index(2, None)),
    ("(1, 2, 3).index(2, 0, None)", lambda: (1, 2, 3).index(2, 0, None)),
    ("[1, 2, 3].index(2, 1.0)", lambda: [1, 2, 3].index(2, 1.0)),
    ("[1, 2, 3].index(2, 'a')", lambda: [1, 2, 3].index(2, 'a')),
    ("[1, 2, 3].index(2, True)", lambda: [1, 2, 3].index(2, True)),
    ("[1, 2, 3].index(3, -2**70, 2**70)", lambda: [1, 2, 3].index(3, -2**70, 2**70)),
    ("(1, 2, 3).index(3, -2**70, 2**70)", lambda: (1, 2, 3).index(3, -2**70, 2**70)),
    ("[1].pop(2**70)", lambda: [1].pop(2**70)),
    ("[1].pop(-2**70)", lambda: [1].pop(-2**70)),
    ("[1].pop(2**63)", lambda: [1].pop(2**63)),
    ("[1].pop(2**62)", lambda: [1].pop(2**62)),
    ("[1].pop(1.0)", lambda: [1].pop(1.0)),
    ("[1].pop(None)", lambda: [1].pop(None)),
    ("[1].insert(2**70, 9)", lambda: [1].insert(2**70, 9)),
    ("[1].insert(2**62, 9)", lambda: (lambda l: (l.insert(2**62, 9), l)[1])([1])),
    ("[1].insert(-2**62, 9)", lambda: (lambda l: (l.insert(-2**62, 9), l)[1])([1])),
    ("[1].insert(None, 9)", lambda: [1].insert(None, 9)),
    ("[1][2**64]", lambda: [1][2**64]),
    ("[1][-2**64]", lambda: [1][-2**64]),
    ("[1][2**63]", lambda: [1][2**63]),
    ("[1][2**62]", lambda: [1][2**62]),
    ("(1,)[2**64]", lambda: (1,)[2**64]),
    ("'a'[2**64]", lambda: 'a'[2**64]),
    ("b'a'[2**64]", lambda: b'a'[2**64]),
    ("bytearray(b'a')[2**64]", lambda: bytearray(b'a')[2**64]),
    ("range(3)[2**64]", lambda: range(3)[2**64]),
    ("l[2**64] = 1", lambda: [1].__setitem__(2**64, 1)),
    ("del l[2**64]", lambda: [1].__delitem__(2**64)),
    ("min(iterable=[1])", lambda: min(iterable=[1])),
    ("max(iterable=[1])", lambda: max(iterable=[1])),
    ("min()", lambda: min()),
    ("max(key=len)", lambda: max(key=len)),
    ("min([], default=5)", lambda: min([], default=5)),
    ("min(1, 2, default=5)", lambda: min(1, 2, default=5)),
    ("max([1], foo=1)", lambda: max([1], foo=1)),
    ("isinstance(1, int | list[int])", lambda: isinstance(1, int | list[int])),
    ("isinstance([], int | list[int])", lambda: isinstance([], int | list[int])),
    ("isinstance('a', int | list[int])", lambda: isinstance('a', int | list[int])),
    ("issubclass(int, int | list[int])", lambda: issubclass(int, int | list[int])),
    ("issubclass(str, int | list[int])", lambda: issubclass(str, int | list[int])),
    ("isinstance(1, (int, list[int]))", lambda: isinstance(1, (int, list[int]))),
    ("isinstance(1, list[int] | int)", lambda: isinstance(1, list[int] | int)),
]
for name, f in tests:
    try: r = repr(f())
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print(name, '->', r)
more = [
    ("[].pop(2**70)", lambda: [].pop(2**70)),
    ("[].pop('a')", lambda: [].pop('a')),
    ("'a'[2**62]", lambda: 'a'[2**62]),
    ("'a'.__getitem__(2**62)", lambda: 'a'.__getitem__(2**62)),
    ("'a'.__getitem__(2**64)", lambda: 'a'.__getitem__(2**64)),
    ("b'a'.__getitem__(2**62)", lambda: b'a'.__getitem__(2**62)),
    ("bytearray(b'a')[2**62]", lambda: bytearray(b'a')[2**62]),
    ("(1,)[-2**62]", lambda: (1,)[-2**62]),
    ("[1, 2].pop(-1)", lambda: [1, 2].pop(-1)),
    ("[1, 2].pop(True)", lambda: [1, 2].pop(True)),
    ("[1, 2, 3].index(3, -1)", lambda: [1, 2, 3].index(3, -1)),
    ("[1, 2, 3].index(1, 1)", lambda: [1, 2, 3].index(1, 1)),
]
for name, f in more:
    try: r = repr(f())
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print(name, '->', r)
for f in [lambda: bytearray(b'a').pop(2**70), lambda: bytearray(b'a').insert(2**70, 1), lambda: bytearray(b'a').pop(2**62), lambda: bytearray().pop(2**70), lambda: [1, 2].insert(2**63, 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
