# expression trees via operator overloading (query builder)
class Expr:
    def __and__(self, o): return BinOp("AND", self, o)
    def __or__(self, o): return BinOp("OR", self, o)
    def __invert__(self): return Not(self)
    def __eq__(self, o): return BinOp("=", self, wrap(o))
    def __ne__(self, o): return BinOp("!=", self, wrap(o))
    def __lt__(self, o): return BinOp("<", self, wrap(o))
    def __le__(self, o): return BinOp("<=", self, wrap(o))
    def __gt__(self, o): return BinOp(">", self, wrap(o))
    def __ge__(self, o): return BinOp(">=", self, wrap(o))
    def __add__(self, o): return BinOp("+", self, wrap(o))
    def __radd__(self, o): return BinOp("+", wrap(o), self)
    def __mul__(self, o): return BinOp("*", self, wrap(o))
    def __rmul__(self, o): return BinOp("*", wrap(o), self)
    def __bool__(self):
        raise TypeError("cannot use expression as bool; use & | ~")
    __hash__ = object.__hash__
class Col(Expr):
    def __init__(self, name): self.name = name
    def sql(self): return self.name
    def eval(self, row): return row[self.name]
class Lit(Expr):
    def __init__(self, v): self.v = v
    def sql(self): return repr(self.v)
    def eval(self, row): return self.v
def wrap(v): return v if isinstance(v, Expr) else Lit(v)
OPS = {"AND": lambda a, b: a and b, "OR": lambda a, b: a or b, "=": lambda a, b: a == b,
       "!=": lambda a, b: a != b, "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
       ">": lambda a, b: a > b, ">=": lambda a, b: a >= b, "+": lambda a, b: a + b, "*": lambda a, b: a * b}
class BinOp(Expr):
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def sql(self): return f"({self.l.sql()} {self.op} {self.r.sql()})"
    def eval(self, row): return OPS[self.op](self.l.eval(row), self.r.eval(row))
class Not(Expr):
    def __init__(self, e): self.e = e
    def sql(self): return f"NOT {self.e.sql()}"
    def eval(self, row): return not self.e.eval(row)
class Table:
    def __init__(self, **cols):
        for c in cols: setattr(self, c, Col(c))
        self.rows = []
age, name, score = Col("age"), Col("name"), Col("score")
q = (age >= 18) & ~(name == "bob") | (score * 2 + 1 > 100)
print(q.sql())
rows = [{"age": 20, "name": "amy", "score": 10}, {"age": 30, "name": "bob", "score": 10},
        {"age": 12, "name": "cat", "score": 60}, {"age": 5, "name": "dan", "score": 3}]
print([r["name"] for r in rows if q.eval(r)])
print((1 + age).sql(), (3 * score).sql(), (age != None).sql(), (age < 5).sql(), (5 < age).sql(), (5 == age).sql())
try:
    if age > 3: pass
except TypeError as e:
    print(e)
try:
    18 <= age <= 65
except TypeError as e:
    print("chained:", e)
print(type(age == 1).__name__, type(1 == age).__name__, age in [age], age in {age})
try:
    print(Lit(1) in [age])
except TypeError as e:
    print("in:", e)
