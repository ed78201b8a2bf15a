# A local combined with a call's result (`acc += f(x)`, `t = t + o.m()`) keeps CPython's order:
# the local is read before the call, so an unbound local raises before the call runs, and a
# store to it inside the call's arguments does not change the value already read.
calls = []


def g(x=1):
    calls.append(x)
    return x


def unbound_first():
    try:
        acc += g(1)
    except UnboundLocalError as e:
        print("unbound:", e, calls)
    acc = 0
    acc += g(2)
    return acc


def del_in_loop():
    acc = 0
    out = []
    for i in range(3):
        try:
            acc += g(10 + i)
            out.append(acc)
            del acc
        except UnboundLocalError:
            out.append("unbound")
    return out


def walrus_in_args():
    acc = 5
    acc += g(acc := 100)
    t = 1
    t = t + g((t := 7) * 2)
    return acc, t


def branch_only(flag):
    if flag:
        acc = 1
    try:
        acc += g(3)
        return acc
    except UnboundLocalError:
        return "unbound"


def in_try_only():
    try:
        acc = 1
        raise ValueError
    except ValueError:
        acc += g(4)
    return acc


def in_try_before_raise(fail):
    try:
        if fail:
            raise ValueError
        acc = 1
    except ValueError:
        pass
    try:
        acc += g(5)
        return acc
    except UnboundLocalError:
        return "unbound"


def param(total, xs):
    for x in xs:
        total += g(x) * 2
    return total


def param_deleted(total):
    del total
    try:
        total += g(6)
    except UnboundLocalError as e:
        return str(e)


class Box:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


def method_calls():
    b = Box()
    t = 0
    for _ in range(4):
        t = t + b.bump()
        t += b.bump() * 10
    return t


def other_local():
    base = 3
    x = base + g(8)
    y = base - g(9)
    return x, y


def closure_cell():
    acc = 0

    def h():
        nonlocal acc
        acc = 50
        return 1

    acc += h()
    return acc


def while_loop(n):
    i = 0
    while i < n:
        if i == 2:
            s = 0
        if i >= 2:
            s += g(i)
        i += 1
    try:
        return s
    except UnboundLocalError:
        return "never assigned"


def type_error():
    acc = "a"
    try:
        acc += g(1)
    except TypeError as e:
        return str(e)


print(unbound_first(), calls)
calls.clear()
print(del_in_loop(), calls)
calls.clear()
print(walrus_in_args(), calls)
print(branch_only(True), branch_only(False))
print(in_try_only(), in_try_before_raise(False), in_try_before_raise(True))
calls.clear()
print(param(1, [1, 2, 3]), param_deleted(1), calls)
print(method_calls(), other_local(), closure_cell())
print(while_loop(5), while_loop(1), type_error())
