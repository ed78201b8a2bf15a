# if/elif/else, while/else, for/else, break, continue, pass, nested loops
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally", i)
while True:
    break
else:
    print("never printed")
for x in range(10):
    if x % 2:
        continue
    if x > 6:
        break
    print("even", x)
def grade(s):
    if s >= 90:
        return "A"
    elif s >= 80:
        return "B"
    elif s >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 5)])
for i in range(3):
    pass
print(i)
for _ in []:
    pass
else:
    print("empty loop else")
