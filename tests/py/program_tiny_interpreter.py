# A tiny expression tokenizer, recursive-descent parser and evaluator
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/()=":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks, self.pos = tokens, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = (self.take()[1], node, self.factor())
        return node
    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            return ("var", val)
        if (kind, val) == ("op", "-"):
            return ("neg", self.factor())
        if (kind, val) == ("op", "("):
            node = self.expr()
            self.take()
            return node
        raise SyntaxError(f"unexpected {val!r}")
def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("var", name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case (op, a, b):
            x, y = evaluate(a, env), evaluate(b, env)
            return {"+": x + y, "-": x - y, "*": x * y, "/": x // y if y else 0}[op]
env = {}
program = ["x = 2 + 3 * 4", "y = (x - 4) * -2", "z = x * y / 3", "x + y + z"]
for line in program:
    if "=" in line:
        name, expr = line.split("=", 1)
        env[name.strip()] = evaluate(Parser(tokenize(expr)).expr(), env)
        print(name.strip(), "=", env[name.strip()])
    else:
        print("result:", evaluate(Parser(tokenize(line)).expr(), env))
print(Parser(tokenize("1 + 2 * (3 - a)")).expr())
try:
    tokenize("1 + $")
except SyntaxError as e:
    print("SyntaxError:", e)
