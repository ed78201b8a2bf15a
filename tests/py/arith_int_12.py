# Number-theory style loops with ints
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75))
r = 1
for i in range(1, 21):
    r = lcm(r, i)
print(r)
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(60) if is_prime(n)])
def digits(n):
    return [int(c) for c in str(n)]
print(digits(9075), sum(digits(2 ** 100)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 16)])
