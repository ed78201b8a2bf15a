# Regression: 'x' in s for a str or bytes subclass defining __iter__ iterated instead of testing for a substring
class T(str):
    def __iter__(self): return iter(['z'])
print('b' in T('abc'), 'z' in T('abc'), 'bc' in T('abc'))
try: 1 in T('abc')
except TypeError as e: print(e)
class B(bytes):
    def __iter__(self): return iter([122])
print(b'b' in B(b'abc'), 122 in B(b'abc'), 98 in B(b'abc'))
class BA(bytearray):
    def __iter__(self): return iter([122])
print(b'b' in BA(b'abc'), 122 in BA(b'abc'), 98 in BA(b'abc'))
class Tu(tuple):
    def __iter__(self): return iter(['z'])
print('a' in Tu('abc'), 'z' in Tu('abc'))
class Li(list):
    def __iter__(self): return iter(['z'])
print('a' in Li('abc'), 'z' in Li('abc'))
class Di(dict):
    def __iter__(self): return iter(['z'])
print('a' in Di(a=1), 'z' in Di(a=1))
class Se(set):
    def __iter__(self): return iter(['z'])
print('a' in Se('a'), 'z' in Se('a'))
class Fs(frozenset):
    def __iter__(self): return iter(['z'])
print('a' in Fs('a'), 'z' in Fs('a'))
class I(int):
    def __iter__(self): return iter([5])
print(5 in I(3))
class T2(str):
    def __contains__(self, x): return x == 'q'
print('q' in T2('abc'), 'a' in T2('abc'))
class P(str): pass
class Q(bytes): pass
print('bc' in P('abc'), 'ca' in P('abc'), '' in P(''), b'bc' in Q(b'abc'), 99 in Q(b'abc'), b'' in Q(b''))
print(P('bc') in 'abc', Q(b'b') in b'abc', Q(b'b') in bytearray(b'abc'), P('x') in P('axb'))
print(str.__contains__(T('abc'), 'b'), bytes.__contains__(B(b'abc'), 98))
