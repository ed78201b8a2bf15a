# Float accumulation, fractions by hand and mean/variance without statistics
data = [2.5, 3.5, 1.0, 4.0, 9.0, 0.25]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
print(mean, var, var ** 0.5)
print(round(mean, 3), round(var, 3), f"{var ** 0.5:.6f}")
def frac(num, den):
    def g(a, b):
        while b:
            a, b = b, a % b
        return a
    k = g(num, den)
    return num // k, den // k
print(frac(6, 8), frac(100, 75), frac(7, 13))
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total, round(total, 10))
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
print(3 * 0.1, 0.1 * 3 == 0.3, 1.1 * 1.1, 2.675 * 100, 1.005 * 1000)
