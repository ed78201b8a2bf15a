# Regression: s[i], slices, find, count, startswith and endswith walked a str with astral characters from its start each call (quadratic scanning loops)
s = "😀" + "ab" * 20000 + "𝄞x" + "ab" * 100
n = len(s)
print(n, s[0], s[1:5], s[40001:40003], s[-3:], s[n - 203:n - 199])
# slices in a loop
t = 0
for i in range(0, n, 7):
    t += len(s[i:i + 7])
print(t)
# find / rfind / index / rindex from moving positions
i = 0
k = 0
while True:
    i = s.find("b", i + 1)
    if i < 0:
        break
    k += 1
print(k, s.find("𝄞", 100), s.rfind("a", 0, 50), s.index("x", 5, n), s.rindex("b", 0, 40000))
j = n
k = 0
while True:
    j = s.rfind("a", 0, j)
    if j < 0:
        break
    k += 1
print(k)
# startswith / endswith / count with start and end
a = b = 0
for i in range(0, 40000, 2):
    if s.startswith("ab", i + 1):
        a += 1
    if s.endswith(("ba", "😀a"), 0, i + 2):
        b += 1
print(a, b, s.count("ab", 3, 200), s.count("b", -150), s.startswith("𝄞x", 40001), s.endswith("😀", 0, 1))
# several strings with astral characters used by turns
u = "é𝄞" * 3000
v = "z" * 5000 + "🎉" * 10
w = "q🎉" * 40
x = "𝄞" + "c" * 6000
r = 0
for i in range(0, 3000, 3):
    r += u.find("𝄞", i) + v.find("🎉", i) + len(w[i % 80:]) + x.rfind("c", 0, i + 1) + len(u[i:i + 2]) + v[i:i + 5].count("z")
print(r)
# lone surrogates are one code point each
y = "\ud83d" + "a" * 100 + "\ude00" + "😀" + "\udc00b"
print(len(y), y.find("b"), y.find("😀", 50), y.rfind("a"), y[100:104] == "a\ude00😀\udc00", y.count("a", 1, 50))
# s[i] and stepped slices on two strings by turns
p = "ab😀" * 5000
q = "cd😀" * 5000
m = 0
for i in range(len(p)):
    if p[i] == q[-i - 1]:
        m += 1
    m += len(p[i:i + 9:4]) + len(q[i:i - 6:-2])
print(m, p[::-7].count("😀"), q[3::5][:4], p[-1], q[-2], p[7], y[101] == "\ude00", y[-3] == "😀", y[-4] == "a")
# a lone high surrogate before a short str's positions is one code point, not half of a pair
z = "\ud83d" + "ab😀"
print(z.find("a", 1), z[1:3] == "ab", z.count("a", 1), z.startswith("b", 2), z.rfind("😀", 1, 4))
