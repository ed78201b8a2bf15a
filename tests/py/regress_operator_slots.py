# Regression: operators between builtin subclasses and user classes followed ad hoc rules instead of CPython's type slots (S("s") + SR("x") concatenated before SR.__radd__, x = Ii(3); x *= S("ab") repeated, a list subclass += x asked x.__radd__ first, "s" % S("x") took S as a mapping, SR("x") * S("s") named the wrong operand)
OPS = ["+", "*", "%", "|", "-"]
NAMES = {"+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "**": "pow", "@": "matmul",
         "&": "and", "|": "or", "^": "xor", "<<": "lshift", ">>": "rshift"}

def make(name, kinds, base=object):
    ns = {"__repr__": lambda s: name}
    for n in NAMES.values():
        for k in kinds:
            if k == "r":
                ns[f"__r{n}__"] = (lambda n: lambda s, o: f"{name}.r{n}")(n)
            elif k == "f":
                ns[f"__{n}__"] = (lambda n: lambda s, o: f"{name}.{n}")(n)
            elif k == "i":
                ns[f"__i{n}__"] = (lambda n: lambda s, o: f"{name}.i{n}")(n)
            elif k == "ni":
                ns[f"__{n}__"] = ns[f"__r{n}__"] = lambda s, o: NotImplemented
    return type(name, (base,), ns)

R = make("R", ["r"])
F = make("F", ["f"])
RN = make("RN", ["ni"])
Plain = make("Plain", [])
I = make("I", ["i"])
SR = make("SR", ["r"], str)
IR = make("IR", ["r"], int)
LR = make("LR", ["r"], list)
class S(str): pass
class Ii(int): pass
class Fl(float): pass
class L(list): pass
class T(tuple): pass
class By(bytes): pass
class St(set): pass
class D(dict): pass
class Cx(complex): pass

left = [lambda: S("s"), lambda: "s", lambda: Ii(3), lambda: 3, lambda: Fl(1.5), lambda: L([1]), lambda: [1], lambda: T((1,)),
        lambda: By(b"b"), lambda: St({1}), lambda: D(a=1), lambda: Cx(1, 1)]
right = [R, F, RN, Plain, I, lambda: SR("x"), lambda: IR(2), lambda: LR([2])]

def apply(x, op, y, inplace):
    if inplace:
        if op == "+": x += y
        elif op == "-": x -= y
        elif op == "*": x *= y
        elif op == "/": x /= y
        elif op == "//": x //= y
        elif op == "%": x %= y
        elif op == "**": x **= y
        elif op == "@": x @= y
        elif op == "&": x &= y
        elif op == "|": x |= y
        elif op == "^": x ^= y
        elif op == "<<": x <<= y
        elif op == ">>": x >>= y
        return x
    return {"+": lambda: x + y, "-": lambda: x - y, "*": lambda: x * y, "/": lambda: x / y, "//": lambda: x // y,
            "%": lambda: x % y, "**": lambda: x ** y, "@": lambda: x @ y, "&": lambda: x & y, "|": lambda: x | y,
            "^": lambda: x ^ y, "<<": lambda: x << y, ">>": lambda: x >> y}[op]()

def outcome(make_x, op, make_y, inplace):
    try:
        r = apply(make_x(), op, make_y(), inplace)
        # (a str result as plain text: which str type % returns is an implementation artefact)
        return repr(str.__str__(r)) if isinstance(r, str) else repr(r)
    except Exception as e:
        return type(e).__name__ + ": " + str(e).replace("unsupported operand type(s) for ", "unsupported ")

for a in left:
    for b in right:
        for op in OPS:
            cells = [outcome(a, op, b, False), outcome(b, op, a, False), outcome(a, op, b, True), outcome(b, op, a, True)]
            print(f"{type(a()).__name__} {op} {type(b()).__name__}:", " | ".join(cells))
