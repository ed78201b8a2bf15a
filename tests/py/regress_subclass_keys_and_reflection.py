# Regression: str/int/float subclass instances are the same dict and set keys as their values; a reflected comparison tried first is not tried again
class S(str): pass
class I(int): pass
class Fl(float): pass
d = {'a': 1, 5: 'five', 2.5: 'f'}
print(d[S('a')], d[I(5)], d[Fl(2.5)], S('a') in d, I(5) in {5}, Fl(2.5) in {2.5})
d2 = {S('k'): 1, I(3): 2}
print(d2['k'], d2[3], 'k' in d2, 3 in d2, {S('x')} == {'x'}, {I(1), 1})
print(hash(S('a')) == hash('a'), S('a') == 'a', I(3) + 1, type(I(3) + 1).__name__, S('ab').upper(), type(S('a') + 'b').__name__)
class L(list):
    def __len__(self): return 99
print(list(L([1, 2])), len(L([1, 2])), tuple(L([3])))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v)
        return NotImplemented
class Sub(Cmp): pass
print(Cmp(1) == Sub(2))
print(Sub(1) == Cmp(2))
class LT:
    def __lt__(self, o):
        print('lt called')
        return NotImplemented
try: LT() < LT()
except TypeError as e: print(e)
class IS:
    def __init_subclass__(cls): pass
try:
    class X(IS, extra=1): pass
except TypeError as e: print(e)
try: super()
except RuntimeError as e: print(e)
def nf(): return super().x
try: nf()
except RuntimeError as e: print(e)
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md['a'], md['zz'], md.get('q'), isinstance(md, dict))
class MyList(list):
    def append(self, x): super().append(x * 10)
ml = MyList([1]); ml.append(2); print(ml, len(ml), ml + [3], type(ml + [3]).__name__)
class Ord(int):
    def __repr__(self): return f'Ord({int(self)})'
print([Ord(1), Ord(2)], sorted([Ord(3), Ord(1)]), max(Ord(2), 1), Ord(5) * 2)
class MyStr(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(MyStr('abc'), len(MyStr('abc')), MyStr('x') == 'X')
class P(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
p = P(1, 2); print(p, p.a, p[1], len(p), isinstance(p, tuple), p == (1, 2))
class E(Exception):
    def __str__(self): return 'custom'
try: raise E('x')
except E as e: print(e, repr(e), e.args)
class Eq:
    def __eq__(self, o): return 'truthy'
print(Eq() == 1, Eq() != 1, [Eq()] == [1])
class Ne:
    def __ne__(self, o): return 'ne!'
print(Ne() != 1, Ne() == Ne())
