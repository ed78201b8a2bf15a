# while loops with complex conditions, nested break/continue, and loop else combos
n = 0
found = None
while n < 100 and found is None:
    n += 1
    if n % 7 == 0 and n % 5 == 0:
        found = n
print(found, n)
results = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        results.append((i, j))
print(results)
count = 0
outer_done = False
for a in range(10):
    for b in range(10):
        if a * b == 42:
            outer_done = True
            break
        count += 1
    if outer_done:
        break
print(a, b, count)
k = 10
while k:
    k -= 3
    if k < 0:
        break
else:
    print("never here")
print(k)
