# Integer formatting via str/int round trips and digit manipulations
def digits_sum(n):
    return sum(int(d) for d in str(abs(n)))
def reverse_int(n):
    s = str(abs(n))[::-1]
    return -int(s) if n < 0 else int(s)
def is_armstrong(n):
    s = str(n)
    return sum(int(d) ** len(s) for d in s) == n
print(digits_sum(2 ** 100), digits_sum(-12345), reverse_int(1200), reverse_int(-345))
print([n for n in range(1, 10000) if is_armstrong(n)])
def to_base(n, b):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = chars[r] + out
    return "-" * neg + out
for b in (2, 3, 8, 16, 36):
    s = to_base(2 ** 64 + 5, b)
    print(b, s, int(s, b) == 2 ** 64 + 5)
print(to_base(-255, 16), int("-ff", 16))
