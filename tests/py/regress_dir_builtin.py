# Regression: dir() and dir(x): the scope's names, or x's own, class and base attributes, or a user __dir__, sorted
class A:
    x = 1
    def m(self): pass
class B(A):
    z = 3
    @property
    def p(self): return 1
a = B()
a.y = 2
print([n for n in dir(a) if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('_')], '__init__' in dir(a), '__class__' in dir(a))
def f():
    q = 1
    w = 2
    return dir()
print(f())
class D:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(D()))
print('append' in dir([]), 'upper' in dir('s'), 'keys' in dir({}))
print([n for n in dir(3) if n in ('bit_length', 'to_bytes')])
