# Factorials and Fibonacci with big ints
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (0, 1, 5, 10, 20, 25, 30, 33):
    print(n, fact(n))
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
    if i % 25 == 0:
        print(i, a)
print(sum(range(10 ** 6)))
print(sum(i * i for i in range(1000)))
