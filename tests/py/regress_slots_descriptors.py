# Regression: slots had no member descriptors (hasattr(S, 'p') False, dir() without them); class namespaces lacked __dict__/__weakref__
class S:
    __slots__ = ("p",)
s = S(); s.p = 1
print([n for n in dir(s) if not n.startswith("_")], hasattr(S, "p"))
class A: pass
print('__dict__' in dir(A()), '__weakref__' in dir(A()), '__dict__' in dir(A), '__dict__' in dir(S()))
class L(list): pass
class E(Exception): pass
class SD:
    __slots__ = ('p', '__dict__')
class P(S): pass
class I(int): pass
class AA(A): pass
class SW:
    __slots__ = ('__weakref__',)
for c in [A, L, E, S, SD, P, I, AA, SW, object]:
    d = set(dir(c()))
    print(c.__name__, '__dict__' in d, '__weakref__' in d, [n for n in vars(c) if n in ('__dict__', '__weakref__')], 'p' in d)
s = S()
print(S.p, type(S.p).__name__, S.__dict__['p'] is S.p, S.p.__name__, S.p.__objclass__, S.p.__qualname__)
try: s.p
except AttributeError as e: print(e)
S.p.__set__(s, 4); print(S.p.__get__(s, S), S.p.__get__(None, S) is S.p, s.p)
S.p.__delete__(s)
try: S.p.__delete__(s)
except AttributeError as e: print(repr(e))
try: del s.p
except AttributeError as e: print(repr(e))
class M:
    __slots__ = ('__priv', 'q')
    def set(self): self.__priv = 9; return self.__priv
print(sorted(k for k in vars(M) if not k.startswith('__')), M._M__priv, M().set())
try: S.p.__set__(1, 2)
except TypeError as e: print(e)
try: S.p.__get__(1, int)
except TypeError as e: print(e)
print(repr(SD.__dict__['__dict__']))
class S2:
    __slots__ = ('q', 'a', '__dict__')
    x = 1
print(list(vars(S2)))
class Eq:
    def __eq__(s, o): pass
print(list(vars(Eq)))
class D:
    'doc'
    y = 2
print(list(vars(D)))
class T:
    __slots__ = ('__weakref__',)
print(list(vars(T)))
class U(S2): pass
print(list(vars(U)))
try: A().__weakref__ = 1
except AttributeError as e: print(e)
print(A().__weakref__, A.__weakref__, A.__dict__['__dict__'], type(A.__dict__['__dict__']).__name__)
a = A(); a.z = 1
print(A.__dict__['__dict__'].__get__(a, A), A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__objclass__)
class X(int): pass
class Y(str): pass
class Z(tuple): pass
class W(float): pass
class V(dict): pass
class BB(bytes): pass
for c in (X, Y, Z, W, V, BB):
    print(c.__name__, [n for n in vars(c) if n in ('__dict__', '__weakref__')])
X = type('X', (), {'a': 1}); print(list(vars(X)))
try:
    class Bad:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print(e)
print(vars(a), a.__dict__, A().__dict__)
try:
    class C:
        __slots__ = ('__x',)
        __x = 1
except ValueError as e: print(e)
class Mixed(S):
    pass
m = Mixed(); m.p = 3; m.other = 4
print(m.p, Mixed.p is S.p, sorted(vars(Mixed)))
