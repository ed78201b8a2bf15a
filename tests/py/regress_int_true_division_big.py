# Regression: int / int with operands past 2^53 is correctly rounded (was 0.0 or imprecise for large divisors)
print(1 / (10**20 + 1), 5 / (2**53 + 1), 10**6 / (10**25 + 7))
f = 1
for i in range(1, 26): f *= i
print(1 / f, f / 3, -f / 7, f / -f, (2**100 + 1) / 2**100, 2**126 / 3, -(2**126) / (2**120 + 5))
print(sum(1 / (10**18 + k) for k in range(5)))
import_free = [(3**k + 1) / (7**(k // 2) + 3) for k in range(0, 80, 7)]
print(import_free)
M = 2**126 - 1 + 2**126
print(M / 1, 1 / M, (2**64 + 1) / (2**64 - 1), 0 / 10**30, -0 / -(10**30))
print(9007199254740993 / 1, 9007199254740993 / 3, (2**60 + 3) / (2**7))
