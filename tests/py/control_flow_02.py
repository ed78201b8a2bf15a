# Conditional expressions, short-circuit evaluation, and/or return values
def t(label, v):
    print("eval", label)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 3))
print(t("a", "x") or t("b", 4))
print(not t("a", []))
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
x = 5
print("big" if x > 3 else "small", "neg" if x < 0 else "zero" if x == 0 else "pos")
print([] or [1], {} and 1, None or 0)
a = b = None
print(a or "default", (a and a.attr) or "safe")
print(1 < 2 and 2 < 3, 3 > 2 > 1 > 0, not 1 == 2)
