# Augmented assignment on ints
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 7; print(n)
n **= 3; print(n)
n = -n; print(n)
n //= 7; print(n)
n %= 10; print(n)
count = 0
for i in range(100):
    if i % 3 == 0 or i % 5 == 0:
        count += i
print(count)
