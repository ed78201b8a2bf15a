# Regression: the NameError for a free variable read before assignment has .name set
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e.name, "|", e)


def plain():
    def inner():
        return w

    inner()
    w = 1


def in_expression():
    def inner():
        return w * 2 + 1

    inner()
    w = 1


def in_class_body():
    class C:
        x = w

    w = 1


def local_unbound():
    v += 1
    v = 0


def undefined():
    return undefined_name_here


for fn in (plain, in_expression, in_class_body, local_unbound, undefined):
    show(fn)
