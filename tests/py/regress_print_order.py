# Regression: print() converted all arguments before writing, so a __str__ that prints (or raises) came out of order; file= got one write() call
class Side:
    def __str__(self):
        print('[side]', end='')
        return 'S'
print('p', Side(), 'q')
print('p', [1.5], 1.5, Side(), sep='-')
class R:
    def __repr__(self):
        print('<r>', end='')
        return 'R'
print(1, [R(), R()], (R(),), {1: R()}, end='!\n')
class Bad:
    def __str__(self): raise ValueError('nope')
try:
    print('a', Bad())
except ValueError:
    print('|caught')
try:
    print('a', 'b', Bad(), sep='--', end='END')
except ValueError:
    print('|caught')
class F:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
f = F()
print('a', 1, Side(), sep='', file=f)
print(file=f)
print('x', file=f, flush=True)
print(f.parts)
class W:
    def write(self, s): print('W(' + repr(s) + ')')
print('a', Side(), 'b', file=W(), end='.')
try: print('a', file=object())
except AttributeError as e: print(e)
try: print(file=1)
except AttributeError as e: print(e)
class NoFlush:
    def write(self, s): pass
try: print('a', file=NoFlush(), flush=True)
except AttributeError as e: print(e)
print('a', file=NoFlush(), flush=False)
print('ok', file=None)
print(True, None, 2**70, -0.0, 'z')
