# Bitwise operators and shifts
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1024 >> 3)
print(-1 >> 1, -8 >> 1, -9 >> 2)
print(-1 << 4)
print(~0, ~255)
print(-5 & 0xFF, -5 | 2, -5 ^ 3)
print(5 & -2, 6 | -8)
print(1 << 100)
print((1 << 100) >> 98)
print(0xDEADBEEF & 0xFFFF)
print(255 ^ 0xAA)
x = 0
for i in range(8):
    x |= 1 << i
print(x)
x &= ~(1 << 3)
print(x, bin(x))
x ^= 0b11
print(x)
x <<= 2
print(x)
x >>= 3
print(x)
