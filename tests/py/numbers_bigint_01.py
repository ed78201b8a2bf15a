# big-int (below 2**127) arithmetic and true division rounding
a = 2**100 + 1
b = 3**50
print(a, b, a * 3, a // 7, a % 7, -a // 7, -a % 7, divmod(a, -b), a - b, b - a, a ^ b, a & b, a | b, -a >> 3, a << 20)
print(a / 2**50, (10**30) / (10**15), (10**30 + 1) / 10**15, 1 / 3 * 3, 10**20 / 3, (2**53 + 1) / 1, 2**64 / 3, -(2**70) / 7, 123456789012345678901234567 / 1000)
print(float(2**63), float(2**64 - 1), float(2**53 + 1), float(-(2**100)), int(float(2**63)), 2**53 + 1.0, (2**53 + 1) * 1.0, 2**100 == float(2**100), 2**100 + 1 == float(2**100), 2**100 + 1 > float(2**100))
print(10**38 // 3, 10**38 % 9999999999, pow(10, 37, 10**9 + 7), pow(123456789, 10**6, 998244353), 17**30, (-3)**41, 2**126 + (2**126 - 1))
print(int("1" * 38), int("-" + "9" * 38), hex(2**120), oct(2**100), bin(2**70), (2**100).bit_length(), (2**100).to_bytes(13, "big"), int.from_bytes(b"\xff" * 15, "big"))
print(round(2**100, -10), round(123456789123456789, -5), round(-5**40, -20), format(2**100, ","), format(-(2**90), "_x"), f"{2**110:e}", f"{3**70:.5g}")
print(7 ** 2 ** 3 if 7 ** 8 < 2**126 else 0, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -2 ** 2 if False else "")
import_free = sum(i * i for i in range(1, 10**4))
print(import_free, sum(range(10**6)), sum(x ** 3 for x in range(1000)))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10**36), isqrt(2**125), isqrt(99), isqrt(0) if False else "")
def gcd(a, b):
    while b: a, b = b, a % b
    return abs(a)
print(gcd(2**60, 6**30), gcd(-48, 18), gcd(0, 5), gcd(17, 0), gcd(10**30, 10**25 + 5))
