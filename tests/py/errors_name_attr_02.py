# NameError and AttributeError wording in more contexts
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def free_var():
    def inner():
        return later
    r = inner()
    later = 1
    return r
attempt(free_var)
def del_then_use():
    x = 1
    del x
    return x
attempt(del_then_use)
class Meta:
    cls_attr = 1
attempt(lambda: Meta.missing_cls_attr)
attempt(lambda: Meta().missing_inst_attr)
attempt(lambda: (1, 2).append)
attempt(lambda: "s".len)
attempt(lambda: len.foo)
attempt(lambda: int.nope)
attempt(lambda: [].__nope__)
def set_builtin_attr():
    len.custom = 1
attempt(set_builtin_attr)
def misspelled():
    lenght = 5
    return lenght + undefined_variable_x
attempt(misspelled)
