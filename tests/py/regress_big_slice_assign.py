# Regression: assigning a long list to a list slice overflowed the JS stack (RecursionError); set.pop() emptying a set was quadratic
L = [0, 1, 2]
L[1:1] = [7] * 200000
print(len(L), L[0], L[1], L[200000], L[200001], L[-1])
L[1:200001] = []
print(L)
M = list(range(10))
M[2:8] = list(range(100000, 300000))
print(len(M), M[:3], M[-3:])
M[:] = M
print(len(M))
s = set(range(100000))
total = 0
while s:
    total += s.pop()
print(total, len(s))
s = set(range(5))
print([s.pop() for i in range(2)], sorted(s))
s.add(-1)
print(sorted(s), len(s))
