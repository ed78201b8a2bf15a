# Regression: list()/tuple()/sorted()/list.extend/+=/[*x]/f(*x)/bytes() take a user object's length hint after making its iterator, so __len__ errors propagate and a bad __length_hint__ raises (both were ignored); set(), bytearray() and str.join do not
log = []
class X:
    def __init__(self, mode=None): self.mode = mode
    def __iter__(self):
        log.append('iter')
        return iter([1, 2])
    def __len__(self):
        log.append('len')
        if self.mode == 'lenraise': raise KeyError('len')
        if self.mode == 'lentype': raise TypeError('lentype')
        return 2
    def __length_hint__(self):
        log.append('hint')
        if self.mode == 'hintstr': return 'x'
        if self.mode == 'hintneg': return -1
        if self.mode == 'hintbig': return 2**70
        if self.mode == 'hintraise': raise KeyError('hint')
        if self.mode == 'hintni': return NotImplemented
        return 2
class Y:
    def __init__(self, mode=None): self.mode = mode
    def __iter__(self):
        log.append('iter')
        return iter([1, 2])
    def __length_hint__(self):
        log.append('hint')
        if self.mode == 'hintstr': return 'x'
        if self.mode == 'hintneg': return -1
        if self.mode == 'hintbig': return 2**70
        if self.mode == 'hintraise': raise KeyError('hint')
        return 2
def f(*a): return a
ops = [
    ('list', lambda x: list(x)),
    ('tuple', lambda x: tuple(x)),
    ('sorted', lambda x: sorted(x)),
    ('set', lambda x: set(x)),
    ('frozenset', lambda x: frozenset(x)),
    ('dict.fromkeys', lambda x: dict.fromkeys(x)),
    ('extend', lambda x: [].extend(x)),
    ('iadd', lambda x: [].__iadd__(x)),
    ('star list', lambda x: [*x]),
    ('star tuple', lambda x: (*x,)),
    ('star set', lambda x: {*x}),
    ('star call', lambda x: f(*x)),
    ('join', lambda x: ','.join(map(str, x)) and ','.join(x) if False else None),
    ('bytes', lambda x: bytes(x)),
    ('bytearray', lambda x: bytearray(x)),
    ('ba.extend', lambda x: bytearray().extend(x)),
    ('slice assign', lambda x: [0, 0].__setitem__(slice(0, 2), x)),
    ('min', lambda x: min(x)),
    ('sum', lambda x: sum(x)),
    ('enumerate', lambda x: list(enumerate(x))),
    ('zip', lambda x: list(zip(x))),
    ('map', lambda x: list(map(str, x))),
    ('unpack', lambda x: (lambda a, b: 0)(*x)),
    ('unpack assign', lambda x: [None for a, b in [x]]),
    ('any', lambda x: any(x)),
    ('in', lambda x: 3 in x),
    ('reversed', lambda x: reversed(x)),
    ('bool', lambda x: bool(x)),
    ('len', lambda x: len(x)),
    ('dict', lambda x: dict(zip(x, x))),
    ('str.join', lambda x: ''.join(x)),
]
class S:
    def __init__(self, mode=None): self.mode = mode
    def __iter__(self):
        log.append('iter')
        return iter(['a', 'b'])
    def __len__(self):
        log.append('len')
        if self.mode == 'lenraise': raise KeyError('len')
        return 2
    def __length_hint__(self):
        log.append('hint')
        if self.mode == 'hintstr': return 'x'
        return 2
for name, op in ops:
    for cls in (X, Y, S) if name == 'str.join' else (X, Y):
        for mode in (None, 'lenraise', 'lentype', 'hintstr', 'hintneg', 'hintbig', 'hintraise', 'hintni'):
            if cls is Y and mode in ('lenraise', 'lentype', 'hintni'): continue
            if cls is S and mode not in (None, 'lenraise', 'hintstr'): continue
            log.clear()
            try:
                op(cls(mode)); r = 'ok'
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            print(name, cls.__name__, mode, log, r)
log = []
class X:
    def __iter__(self):
        log.append('iter'); return iter([1, 2])
    def __len__(self):
        log.append('len'); raise KeyError('len')
class L(list):
    def __len__(self):
        log.append('Llen'); return 2
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def __length_hint__(self):
        log.append('hint'); return 3
def f(*a): return a
l = []
try:
    l += X()
except KeyError as e: print('KeyError', e)
print(log, l); log.clear()
print(list(L([1, 2])), tuple(L([3])), sorted(L([2, 1])), log); log.clear()
print(list(It()), tuple(It()), f(*It()), [*It()], bytes(It()), log); log.clear()
class LT:
    def __iter__(self): return iter([1])
    def __len__(self): return 'x'
    def __length_hint__(self): return 2**63
try: list(LT())
except OverflowError as e: print('OverflowError', e)
class LT2:
    def __iter__(self): return iter([1])
    def __len__(self): return -1
try: list(LT2())
except ValueError as e: print('ValueError', e)
class B:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return True
class IS(int): pass
class C:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return IS(5)
print(list(B()), list(C()))
