# List methods with edge arguments: index ranges, insert negatives, sort stability
a = [5, 3, 5, 1, 5]
print(a.index(5), a.index(5, 1), a.index(5, 3), a.index(5, -1), a.index(1, 0, 4))
b = [1, 2, 3]
b.insert(-1, "x"); b.insert(-100, "start"); b.insert(1, "y")
print(b)
c = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
c.sort(key=lambda t: t[0])
print(c)
d = [3, 1, 2]
print(d.sort(), d, sorted(d, reverse=True), d)
e = []
e.extend(range(3)); e.extend("ab"); e.extend((9,)); e.extend({7: 0})
print(e)
f = [1, 2, 3]
f[1:2] = [[4, 5]]
print(f, len(f))
g = [0] * 3
g[-1] += 5
print(g, g.count(0), [1, 2, 3].pop(-2))
