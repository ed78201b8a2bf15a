# Regression: a whole slice, t + (), () + t and t * 1 of an exact tuple made a new tuple instead of returning t
t = tuple([1, 2, 3])
n = len(t)
print(t[:] is t, t[0:n] is t, t[::1] is t, t[-10:10] is t, t[0:] is t, t[:n] is t)
print(t[1:] is t, t[::-1] is t, t[::2] is t, t[:2] is t)
empty = tuple([])
print(t + empty is t, empty + t is t, t * 1 is t, 1 * t is t, t * 2 is t)
x = t
x += empty
print(x is t)
x *= 1
print(x is t)
print(tuple(t) is t, t[5:] is t[6:], t * 0 is t[5:], empty * 3 is empty, empty[:] is empty)

class T(tuple):
    pass

u = T([1, 2])
print(u[:] is u, u + empty is u, empty + u is u, u * 1 is u, type(u[:]).__name__, type(u * 1).__name__)
print(T(empty) + t is t, type(T(empty) + t).__name__)
print(t[:], t + empty, empty + t, t * 1, t[1:], t[::-1], u[:], u * 1)
