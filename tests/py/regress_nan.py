# Regression: each NaN object is its own dict key and set element (identity), as in CPython
nan = float("nan")
other = float("nan")
d = {nan: 1}
d[nan] = 2
d[other] = 3
print(len(d), d[nan], d[other], nan in d, float("nan") in d)
s = {nan, nan, other}
print(len(s), nan in s, float("nan") in s)
print(len({float("nan") for _ in range(3)}), len(dict.fromkeys([nan, nan, other])))
l = [nan]
print(nan in l, l.count(nan), l.index(nan), other in l)
print({1.5: "a"}[1.5], {2.0: "b"}[2], {-0.0: 1}[0])
