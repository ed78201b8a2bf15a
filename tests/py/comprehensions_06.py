# Comprehensions with function calls, side effects order and early termination via generators
calls = []
def track(v):
    calls.append(v)
    return v
result = [track(x) for x in range(3) if track(x * 10) is not None]
print(result, calls)
calls.clear()
g = (track(x) for x in range(100))
print(next(g), next(g), calls)
calls.clear()
print(any(track(x) > 1 for x in range(10)), calls)
calls.clear()
print(all(track(x) < 2 for x in range(10)), calls)
print([c for c in "ab" for _ in range(2)])
print({i: [j for j in range(i)] for i in range(3)})
