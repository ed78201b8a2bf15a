# a small matrix library with lists
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __repr__(self):
        w = max(len(f"{v:g}") for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{w}g}" for v in r) + "]" for r in self.rows)
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[v * o for v in r] for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        if self.n == 1: return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(self.m))
    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])
    def __eq__(self, o): return self.rows == o.rows
    def __pow__(self, k):
        r = Matrix.identity(self.n)
        for _ in range(k): r = r * self
        return r
    def inverse(self):
        n = self.n
        aug = [list(map(float, r)) + [float(i == j) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            piv = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if abs(aug[piv][col]) < 1e-12: raise ValueError("singular matrix")
            aug[col], aug[piv] = aug[piv], aug[col]
            p = aug[col][col]
            aug[col] = [v / p for v in aug[col]]
            for r in range(n):
                if r != col:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B); print(A * B); print(2 * A); print(A * 0.5); print(A.T()); print(A.det(), (A ** 5))
C = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(C.det()); print(C.inverse())
print(C * C.inverse() == Matrix.identity(3), [[round(v, 10) + 0.0 for v in r] for r in (C * C.inverse()).rows])
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as e:
    print("ValueError:", e)
fibm = Matrix([[1, 1], [1, 0]]) ** 30
print(fibm.rows[0][1])
print(Matrix([[1.5, -2.25], [1e-3, 1e6]]))
