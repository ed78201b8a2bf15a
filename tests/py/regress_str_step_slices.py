# Regression: stepped slices of str (reversed, every n-th) made from their units keep CPython's results, also past the buffer size and with surrogate pairs
s = "abcdefghijklmnopqrstuvwxyz0123456789"
print(s[::-1], s[::2], s[1::3], s[-1:-10:-2], s[::-7], s[30:5:-4], repr(s[::0] if False else ""), s[::100], s[5:5:-1])
w = "a\U0001F600b\U0001F601c"
print(w[::-1] == "c\U0001F601b\U0001F600a", len(w[::2]), w[::2] == "abc")
big = "xy" * 3000
print(len(big[::-1]), big[::-1][:4], len(big[::3]), big[1::2][:3])
u = "héllo wörld ŝ"
print(u[::-1], u[::2], u[1::3])
