# frozenset as dict keys and set elements, set of tuples, set methods returning new sets
edges = {frozenset({1, 2}), frozenset({2, 1}), frozenset({2, 3})}
print(len(edges), frozenset({1, 2}) in edges)
pairs = {(1, 2), (2, 1), (1, 2)}
print(sorted(pairs))
groups = {frozenset("ab"): "AB", frozenset("ba"): "BA?"}
print(len(groups), groups[frozenset("ab")])
s = {1, 2, 3}
t = s.union({4})
print(sorted(s), sorted(t), s.issubset(t), t.issuperset(s), s.difference({1}, {2}), s.intersection({1, 2}, {2}))
s.intersection_update({2, 3, 4}); print(s)
s.difference_update({3}); print(s)
s.symmetric_difference_update({2, 9}); print(s)
print(frozenset({1, 2}) | frozenset({3}), frozenset({1}) < frozenset({1, 2}))
