# Regression: reading a string after each append (s[0], len(s), s[-1], slices, endswith) copied the whole string each time (quadratic)
s = ''
n = 0
c = 0
for i in range(100000):
    s += 'xy'[i % 2]
    n += len(s)
    if s[0] == 'x' and s[-1] == 'xy'[i % 2]:
        c += 1
    if s.endswith('yx') or s.startswith('xyz'):
        c += 1
    c += len(s[-3:]) + len(s[i // 2:i // 2 + 1])
print(n, c, len(s), s[:4], s[-4:], s[50000])
# with characters outside the BMP
t = ''
for i in range(30000):
    t += '😀é' if i % 3 else 'a'
    n += len(t)
print(n, len(t), t[-1], t[7], t[-3:])
