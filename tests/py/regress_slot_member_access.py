# Regression: a __slots__ member descriptor's __get__/__set__/__delete__ reach the slot itself, even where a subclass's property shadows the name
class P:
    __slots__ = ('x', 'y')
class Q(P):
    @property
    def x(self):
        return 'prop x'
q = Q()
print(q.x)
try:
    q.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(P.x.__set__(q, 5))
print(q.x, P.x.__get__(q), P.x.__get__(None, Q) is P.x)
print(P.x.__delete__(q))
for f in (lambda: P.x.__get__(q), lambda: P.x.__delete__(q), lambda: P.x.__delete__(P()), lambda: P.x.__set__(object(), 1)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class L(list):
    __slots__ = ('a',)
class LL(L):
    a = property(lambda self: 'prop a')
v = LL([1])
L.a.__set__(v, 7)
print(v.a, L.a.__get__(v), v)
