# Generator expressions capture iterables eagerly, conditions lazily
xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs = [7, 8, 9]
print(list(g))
ys = [1, 2, 3]
g2 = (y for y in ys)
ys.append(4)
print(list(g2))
limit = 2
g3 = (z for z in range(5) if z > limit)
limit = 3
print(list(g3))
def gen_with_state():
    seen = []
    for i in range(3):
        seen.append(i)
        yield list(seen)
print(list(gen_with_state()))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(x for x in range(10) if x % 3 == 0), sorted((x % 3 for x in range(7)), reverse=True))
