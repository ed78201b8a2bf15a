# Regression: dict keys/items set operators hashed the other side's elements (items() & [[1, 2]] raised), gave frozensets, missed explicit dunders; values() had isdisjoint
d = {1: 2, 3: [4]}
cases = [
    ('{1: 2}.items() & [[1, 2]]', lambda: {1: 2}.items() & [[1, 2]]),
    ('[[1, 2]] & {1: 2}.items()', lambda: [[1, 2]] & {1: 2}.items()),
    ('{1: 2}.items() & [([1], 2)]', lambda: {1: 2}.items() & [([1], 2)]),
    ('d.items() & [(3, [4])]', lambda: d.items() & [(3, [4])]),
    ("d.items() & [(1, 2), 'ab', (1, 2, 3)]", lambda: d.items() & [(1, 2), 'ab', (1, 2, 3)]),
    ('{1: 2}.items() - [[1, 2]]', lambda: {1: 2}.items() - [[1, 2]]),
    ('{1: 2}.items() - [(1, 2)]', lambda: {1: 2}.items() - [(1, 2)]),
    ('[(1, 2), (5, 6)] - {1: 2}.items()', lambda: [(1, 2), (5, 6)] - {1: 2}.items()),
    ('d.items() - [(1, 2)]', lambda: d.items() - [(1, 2)]),
    ('{1: 2}.items() | [[1, 2]]', lambda: {1: 2}.items() | [[1, 2]]),
    ('[[1, 2]] | {1: 2}.items()', lambda: [[1, 2]] | {1: 2}.items()),
    ('{1: 2}.items() ^ [[1, 2]]', lambda: {1: 2}.items() ^ [[1, 2]]),
    ('{1: [1]}.items() ^ {1: [1]}.items()', lambda: {1: [1]}.items() ^ {1: [1]}.items()),
    ('{1: [1], 2: 3}.items() ^ {1: [1], 4: 5}.items()', lambda: {1: [1], 2: 3}.items() ^ {1: [1], 4: 5}.items()),
    ('{1: [1]}.items() ^ {1: [2]}.items()', lambda: {1: [1]}.items() ^ {1: [2]}.items()),
    ('{1: 2}.items() ^ {1: 3}.items()', lambda: {1: 2}.items() ^ {1: 3}.items()),
    ('{1: 2}.items().isdisjoint([[1, 2]])', lambda: {1: 2}.items().isdisjoint([[1, 2]])),
    ('{1: 2}.items().isdisjoint([(1, 2)])', lambda: {1: 2}.items().isdisjoint([(1, 2)])),
    ('{1: 2}.keys().isdisjoint([[1, 2]])', lambda: {1: 2}.keys().isdisjoint([[1, 2]])),
    ('{1: 2}.keys() & [[1, 2]]', lambda: {1: 2}.keys() & [[1, 2]]),
    ('[[1]] & {1: 2}.keys()', lambda: [[1]] & {1: 2}.keys()),
    ('{1: 2}.keys() - [[1]]', lambda: {1: 2}.keys() - [[1]]),
    ('{1: 2}.keys() | [[1]]', lambda: {1: 2}.keys() | [[1]]),
    ('{1: 2}.keys() ^ [[1]]', lambda: {1: 2}.keys() ^ [[1]]),
    ('{1: 2}.keys() & {1, 5}', lambda: {1: 2}.keys() & {1, 5}),
    ('{1: 2}.keys() & {1: 9, 7: 8}.keys()', lambda: {1: 2}.keys() & {1: 9, 7: 8}.keys()),
    ('{1: 2}.items() & {1: 2, 7: 8}.items()', lambda: {1: 2}.items() & {1: 2, 7: 8}.items()),
    ('{1: 2}.items() & {(1, 2), 9}', lambda: {1: 2}.items() & {(1, 2), 9}),
    ('{1: 2, 3: 4}.keys() & [3, 3, 1.0]', lambda: {1: 2, 3: 4}.keys() & [3, 3, 1.0]),
    ('{1: 2}.keys() & 5', lambda: {1: 2}.keys() & 5),
    ('5 & {1: 2}.keys()', lambda: 5 & {1: 2}.keys()),
    ('{1: 2}.items() - 5', lambda: {1: 2}.items() - 5),
    ('{1: 2}.values() & [1]', lambda: {1: 2}.values() & [1]),
    ("{1: 2}.keys() & 'abc'", lambda: {1: 2}.keys() & 'abc'),
    ('(1, 2) in {1: 2}.items()', lambda: (1, 2) in {1: 2}.items()),
    ('[1, 2] in {1: 2}.items()', lambda: [1, 2] in {1: 2}.items()),
    ('([1], 2) in {1: 2}.items()', lambda: ([1], 2) in {1: 2}.items()),
]
for c, f in cases:
    try: r = f()
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    if isinstance(r, set): r = sorted(r, key=repr)
    print(c, '->', r)

fs = frozenset({1, 2})
r = fs | {3: 4}.keys()
print(type(r).__name__, sorted(r))
r = {3: 4}.keys() | fs
print(type(r).__name__, sorted(r))
r = fs - {1: 0}.keys()
print(type(r).__name__, sorted(r))
r = {1: 0, 5: 0}.keys() - fs
print(type(r).__name__, sorted(r))
s = {1, 2}
s |= {3: 4}.keys()
print(type(s).__name__, sorted(s))
s = {1, 2}
s -= {1: 4}.items()
print(sorted(s))
print(sorted({1: 2}.keys() ^ {1, 7}), sorted({1: 2}.keys() ^ {1: 0, 8: 0}), sorted({1: 2}.items() ^ [(1, 2), (3, 4)]))
print(sorted({1: 2, 3: 4}.keys() & {3: 0}.keys()), sorted({3: 0}.keys() & {1: 2, 3: 4}.keys()), sorted({1: 2}.keys() & range(5)))
class S(set): pass
print(type({1: 2}.keys() & S({1})).__name__, type(S({1}) & {1: 2}.keys()).__name__, type(S({1}) - {1: 2}.keys()).__name__)

print({1: 2}.items().isdisjoint([[1, 2]]), {1: 2}.items().isdisjoint([(1, 2)]), {1: 2}.keys().isdisjoint({5, 6, 7}), {1: 2}.keys().isdisjoint({1: 0}.keys()))
d = {1: 2}
print(d.keys().isdisjoint(d.keys()), {}.keys().isdisjoint({}.keys()), {1: 2}.keys().isdisjoint('ab'))
try: {1: 2}.keys().isdisjoint([[1]])
except TypeError as e: print(e)
try: {}.keys().isdisjoint()
except TypeError as e: print(e)
try: {}.items().isdisjoint(5)
except TypeError as e: print(e)
print(hasattr({}.values(), 'isdisjoint'), hasattr({}.values(), '__contains__'))
print(sorted({1: 2}.keys().__rsub__([1, 5])), {1: 2}.items().__contains__((1, 2)), {1: 2}.keys().__contains__(3))
print(sorted({1: 2}.keys().__and__([1])), sorted({1: 2}.keys().__or__([3])), sorted({1: 2}.keys().__xor__([1, 4])), sorted({1: 2}.items().__rand__([(1, 2)])), sorted({1: 2}.keys().__ror__([7])), sorted({1: 2}.keys().__rxor__([1])))
try: {1: 2}.keys().__and__(5)
except TypeError as e: print(e)
try: {1: 2}.keys().__contains__()
except TypeError as e: print(e)
