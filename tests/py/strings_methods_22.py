# String immutability, identity-free equality, and slicing copies
s = "hello"
t = s
s += " world"
print(s, t)
u = s[:]
print(u == s, u)
chars = list(s)
chars[0] = "J"
print("".join(chars), s)
print(s.upper() is not s, s.replace("z", "q") == s)
print("abc" * 2 == "abcabc", "".join(["a", "b"]) == "ab")
print(s[::-1][::-1] == s, s[100:200] == "")
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
