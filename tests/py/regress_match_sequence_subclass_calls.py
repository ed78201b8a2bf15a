# Regression: sequence patterns on a list/tuple subclass called __iter__ where CPython only uses len() (wildcards) or len() and indexes (a `*_` star)
class L(list):
    def __iter__(self):
        print("  iter")
        return super().__iter__()

    def __len__(self):
        print("  len")
        return super().__len__()

    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)


class T(tuple):
    def __iter__(self):
        print("  iter")
        return super().__iter__()

    def __len__(self):
        print("  len")
        return super().__len__()

    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)


def run(v):
    print("[_, _]")
    match v:
        case [_, _]:
            print("  matched")
    print("[(_), _, _]")
    match v:
        case [(_), _, _]:
            print("  matched")
    print("[*_]")
    match v:
        case [*_]:
            print("  matched")
    print("[_, *_]")
    match v:
        case [_, *_]:
            print("  matched")
    print("[_, *_, _]")
    match v:
        case [_, *_, _]:
            print("  matched")
    print("[]")
    match v:
        case []:
            print("  matched")
    print("[a, *_, b]")
    match v:
        case [a, *_, b]:
            print("  matched", a, b)
    print("[*_, 3]")
    match v:
        case [*_, 3]:
            print("  matched")
    print("[9, *_, 3] (the first item fails: the last is not read)")
    match v:
        case [9, *_, 3]:
            print("  matched")
        case _:
            print("  no")
    print("[_, [_, *_], *_, (_ as q)]")
    match v:
        case [_, [_, *_], *_, (_ as q)]:
            print("  matched", q)
        case _:
            print("  no")
    print("[1, _, _] (unpacked)")
    match v:
        case [1, _, _]:
            print("  matched")
    print("[*r] (unpacked, no len)")
    match v:
        case [*r]:
            print("  matched", r)
    print("[x, *r] (unpacked)")
    match v:
        case [x, *r]:
            print("  matched", x, r)
    print("_, *_, last (open sequence)")
    match v:
        case _, *_, last:
            print("  matched", last)


for subject in (L([1, [2], 3]), T((1, [2, 4], 3)), L([9])):
    print("=====", subject)
    run(subject)


class Bad(list):
    def __getitem__(self, i):
        raise IndexError("no items")


def placed():
    try:
        match Bad([1, 2]):
            case [
                *_, 2]:
                pass
    except IndexError as e:
        print(e, "at line", e.__traceback__.tb_lineno - placed.__code__.co_firstlineno)


placed()
