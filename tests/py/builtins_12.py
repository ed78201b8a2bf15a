# object identity, is vs ==, None comparisons, id-free
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, None == None, (None is not None))
x = None
print(x is None, not x, x == 0, x == False)
print(type(None).__name__, str(None), repr(None), bool(None))
print([] == [], () == (), {} == {}, "" == "", [] == (), set() == frozenset())
t = (1, [2])
print(t == (1, [2]), t is t)
print(1 == True, 0 == False, 2 == True, "1" == 1)
