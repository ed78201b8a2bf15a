# Regression: builtin calls inside expressions, and names that shadow builtins
# Calls of builtins inside expressions (len, ord, int, min, ...) are evaluated within the
# expression; a global of the same name that holds something else is still called properly.

def checksum(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def pick(xs, x):
    return xs[x % len(xs)] + str(len(xs)) + chr(65 + x % 26)


print(checksum("hello world" * 50))
print([pick(["ab", "cd", "ef"], i) for i in range(5)])
print(int("42") + int(3.9) + int("ff", 16), float("1.5") * 2, bool(0) or bool([1]))
print(abs(-3) + abs(-2.5), round(2.675, 2), round(7.5), divmod(17, 5), pow(3, 4, 7), pow(2, 10))
print(min(3, 1, 2) + max(4, 9), min([5, 3, 8]), max("abc"), sum(x * x for x in range(10)))
print(isinstance(3, int) and not isinstance("s", int), type(3.0).__name__, hash(7) == 7)
print(repr("a'b"), hex(255) + oct(8) + bin(5), sorted("banana"), list("ab") + [len(tuple("xyz"))])
print(any(x > 3 for x in [1, 5]), all([]), set("aab") == {"a", "b"})

# errors raised by a fused builtin call carry its message and line
try:
    v = 1 + len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    v = int("x1") * 2
except ValueError as e:
    print("ValueError:", e)
try:
    v = chr(-1) + "a"
except ValueError as e:
    print("ValueError:", e)


# a user function that takes a builtin's name
def uses_len(xs):
    return len(xs) * 10 + 1


print(uses_len([1, 2, 3]))


def len(x):
    return 99


print(uses_len([1, 2, 3]), pick(["q"], 0))
del len
print(uses_len([1, 2, 3]))


class Sized:
    def __len__(self):
        return 7

    def __int__(self):
        return 12

    def __str__(self):
        return "sized"


o = Sized()
print(len(o) + 1, int(o) * 2, str(o) + "!", abs(len(o) - 10))


# a recursive function named like a builtin, called inside an expression
def max(a, b=None):
    if b is None:
        return a
    return 1 + max(a) if a > b else 1 + max(b)


print(max(3, 4) * 2)


def depth(n):
    return 0 if n == 0 else 1 + abs(depth(n - 1))


print(depth(50))


# memoized pure functions see a rebinding of the builtin name they use
def weight(s):
    t = 0
    for c in s:
        t += ord(c) % 7
    return t


print(weight("abcdef"), weight("abcdef"))


def ord(c):
    return 1


print(weight("abcdef"))
