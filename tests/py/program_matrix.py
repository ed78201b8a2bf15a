# Matrix utilities with lists: multiply, transpose, determinant, identity
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))
a = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
b = [[2, 0, 1], [1, 3, 2], [0, 1, 1]]
show(mat_mul(a, b))
show(transpose(a))
print(det(a), det(b), det(identity(4)), det(mat_mul(a, b)) == det(a) * det(b))
def mat_pow(m, n):
    r = identity(len(m))
    while n:
        if n & 1:
            r = mat_mul(r, m)
        m = mat_mul(m, m)
        n >>= 1
    return r
print(mat_pow([[1, 1], [1, 0]], 50)[0][1])
