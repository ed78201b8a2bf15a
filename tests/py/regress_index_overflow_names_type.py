# Regression: 'cannot fit ... into an index-sized integer' names the type of the object the index came from (an __index__ object or int subclass), I() * [1] repeats, and int.to_bytes with a huge length is OverflowError
class I:
    def __index__(self): return 2**100
class IS(int): pass
class J:
    def __index__(self): return IS(2**100)
big = IS(2**100)
tests = [
    ("list[I]", lambda x: [1, 2][x]),
    ("tuple[I]", lambda x: (1, 2)[x]),
    ("str[I]", lambda x: 'ab'[x]),
    ("bytes[I]", lambda x: b'ab'[x]),
    ("bytearray[I]", lambda x: bytearray(b'ab')[x]),
    ("range[I]", lambda x: range(5)[x]),
    ("str*I", lambda x: 'ab' * x),
    ("I*list", lambda x: x * [1]),
    ("bytes*I", lambda x: b'ab' * x),
    ("tuple*I", lambda x: (1,) * x),
    ("list.pop", lambda x: [1].pop(x)),
    ("list.insert", lambda x: [1].insert(x, 0)),
    ("list setitem", lambda x: [1].__setitem__(x, 0)),
    ("list delitem", lambda x: [1].__delitem__(x)),
    ("bytes(I)", lambda x: bytes(x)),
    ("bytearray(I)", lambda x: bytearray(x)),
    ("str.split", lambda x: 'a b'.split(' ', x)),
    ("ljust", lambda x: 'a'.ljust(x)),
    ("str index", lambda x: 'abc'.index('b', x)),
    ("slice", lambda x: [1,2,3][x:]),
    ("chr", lambda x: chr(x)),
    ("round", lambda x: round(1.5, x)),
    ("to_bytes", lambda x: (1).to_bytes(x, 'big')),
    ("bytes.center", lambda x: b'a'.center(x)),
    ("list imul", lambda x: [1].__imul__(x)),
    ("range()", lambda x: range(x)),
    ("len(range)", lambda x: len(range(x))),
    ("zfill", lambda x: 'a'.zfill(x)),
    ("expandtabs", lambda x: 'a\tb'.expandtabs(x)),
    ("bytes.fromhex?", lambda x: bytearray(b'ab').pop(x)),
    ("deque-like list index", lambda x: [1,2].index(1, x)),
]
for name, f in tests:
    for x in (I(), big, J(), 2**100):
        try: print(name, f(x) if name not in ('range()',) else 'ok')
        except Exception as e: print(name, type(e).__name__, e)
for r in (IS(2**64), 2**64, I()):
    class L:
        def __len__(self, r=r): return r
    try: len(L())
    except OverflowError as e: print(e)
