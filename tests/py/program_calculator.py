# tokenizer + recursive-descent calculator
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            txt = src[i:j]
            toks.append(("NUM", float(txt) if "." in txt else int(txt)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("NAME", src[i:j])); i = j
        elif src.startswith("**", i):
            toks.append(("OP", "**")); i += 2
        elif c in "+-*/%()^,=":
            toks.append(("OP", c)); i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")
    toks.append(("EOF", None))
    return toks
class Parser:
    def __init__(self, toks, env): self.t, self.p, self.env = toks, 0, env
    def peek(self): return self.t[self.p]
    def eat(self, kind=None, val=None):
        k, v = self.t[self.p]
        if (kind and k != kind) or (val and v != val):
            raise SyntaxError(f"expected {val or kind}, got {v!r}")
        self.p += 1
        return v
    def stmt(self):
        if self.peek()[0] == "NAME" and self.t[self.p + 1] == ("OP", "="):
            name = self.eat("NAME"); self.eat("OP", "=")
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.eat()
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == "OP" and self.peek()[1] in ("*", "/", "%"):
            op = self.eat()
            r = self.factor()
            if op == "*": v *= r
            elif op == "/": v /= r
            else: v %= r
        return v
    def factor(self):
        if self.peek() == ("OP", "-"):
            self.eat(); return -self.factor()
        base = self.atom()
        if self.peek() in (("OP", "**"), ("OP", "^")):
            self.eat(); return base ** self.factor()
        return base
    def atom(self):
        k, v = self.peek()
        if k == "NUM":
            return self.eat()
        if k == "NAME":
            name = self.eat()
            if self.peek() == ("OP", "("):
                self.eat(); args = [self.expr()]
                while self.peek() == ("OP", ","):
                    self.eat(); args.append(self.expr())
                self.eat("OP", ")")
                return FUNCS[name](*args)
            if name not in self.env:
                raise NameError(f"undefined variable {name!r}")
            return self.env[name]
        if (k, v) == ("OP", "("):
            self.eat(); v = self.expr(); self.eat("OP", ")"); return v
        raise SyntaxError(f"unexpected {v!r}")
FUNCS = {"max": max, "min": min, "abs": abs, "round": round}
env = {}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "10 % 4", "7.5 % 2", "x = 4", "y = x * 2.5", "max(x, y, 3) - min(1, 2)",
             "abs(-7) + round(2.675, 2)", "z + 1", "1 / 0", "3 $ 4", "(1 + 2", "round(10 / 3, 3)", "2 ** -1", "1e3"]:
    try:
        p = Parser(tokenize(line), env)
        res = p.stmt()
        if p.peek()[0] != "EOF":
            raise SyntaxError(f"trailing {p.peek()[1]!r}")
        print(f"{line:<28} => {res!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
