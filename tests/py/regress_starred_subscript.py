# Regression: starred subscripts (a[*b], a[x, *b], 3.11) index with the unpacked tuple, also as store and delete targets
class G:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
g = G()
a = [1, 2]
print(g[*a], g[0, *a], g[*a, 3], g[*a, *a], g[*[]], g[*a, 1:2], g[*(x * 2 for x in a)])
g[*a] = 5
del g[*a, 9]
d = {(1, 2): "x"}
print(d[*a], d[*[1], 2])
print(g[ *a ,])
