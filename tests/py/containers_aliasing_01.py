# self-referencing mutations and aliasing
a = [1, 2]
a.extend(a); print(a)
a += a; print(a)
a[:] = a[::-1]; print(a)
a[1:3] = a; print(a)
b = [1, 2, 3]; b *= 0; print(b)
c = [[1]] * 3; c[0] += [2]; print(c)
d = {"k": [1]}; e = d.copy(); e["k"].append(2); e["j"] = 0; print(d, e)
f = list(range(6)); del f[:]; print(f)
g = [1, 2, 3]; g[len(g):len(g)] = [4, 5]; g[:0] = [0]; print(g)
h = [0, 1, 2, 3, 4, 5, 6]; h[1::2] = h[::2][:3]; print(h)
i = [1, 2, 3]; i.insert(1, i[:]); print(i)
j = [3, 2, 1]; j.sort(key=lambda v: j.index(v) if v in j else 0); print(j)
k = [5, 6]; k2 = k; k = k + [7]; print(k2, k)
m = [1, 2, 3, 4, 5, 6]
for v in m[:]:
    if v % 2 == 0: m.remove(v)
print(m)
n = {1: "a", 2: "b", 3: "c"}
for key in list(n.keys()):
    if key != 2: n[key * 10] = n.pop(key)
print(n)
stack = []
for ch in "(a[b]{c}(d))":
    if ch in "([{": stack.append(ch)
    elif ch in ")]}":
        top = stack.pop()
        print(top + ch, end=" ")
print(stack)
q = [1]
for x in q:
    if x < 5: q.append(x + 1)
print(q)
tt = ([],)
try:
    tt[0] += [1]
except TypeError as e:
    print(e, tt)
s = "abc"; s2 = s; s += "d"; print(s, s2)
t = (1,); t2 = t; t *= 3; print(t, t2)
