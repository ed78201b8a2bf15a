# Regression: wording of j *= 'a' for a class without __imul__/__mul__, of deleting a builtin type's attribute, and of a user class's __doc__/__dict__ deletion
class J: pass
def t(name, f):
    try:
        f()
    except TypeError as e:
        print(name, e)
def imul_str():
    j = J(); j *= "a"
def imul_list():
    j = J(); j *= [1]
def iadd_str():
    j = J(); j += "a"
def int_imul_str():
    x = 1.5; x *= "a"
def none_imul_list():
    x = None; x *= [1]
def list_imul_j():
    x = [1]; x *= J()
def str_imul_j():
    x = "a"; x *= J()
def tuple_imul_j():
    x = (1,); x *= J()
t("j*'a'", lambda: J() * "a")
t("j*=str", imul_str)
t("j*=list", imul_list)
t("j+=str", iadd_str)
t("1.5*=str", int_imul_str)
t("None*=list", none_imul_list)
t("list*=J", list_imul_j)
t("str*=J", str_imul_j)
t("tuple*=J", tuple_imul_j)
t("del int.real", lambda: delattr(int, "real"))
t("staticmethod()", lambda: staticmethod())
t("classmethod(1, 2)", lambda: classmethod(1, 2))
class L(list): pass
def list_sub_imul():
    x = L([1]); x *= "a"
t("L*=str", list_sub_imul)
class P: pass
for n in ["__name__", "__qualname__", "__module__", "__bases__", "__mro__", "__doc__", "zz", "__abstractmethods__", "__dict__"]:
    try:
        delattr(P, n); print(n, "ok")
    except Exception as e: print(n, type(e).__name__, e)
for n in ["real", "zz", "__doc__"]:
    try:
        delattr(int, n); print(n, "ok")
    except Exception as e: print(n, type(e).__name__, e)
