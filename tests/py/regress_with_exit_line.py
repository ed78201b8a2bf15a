# Regression: an exception from __exit__ on leaving a with block is reported on the `with` line
class CM:
    def __init__(self, fail=True):
        self.fail = fail
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if self.fail:
            raise ValueError("exit error")

def lines(e):
    t = e.__traceback__
    out = []
    while t is not None:
        out.append(t.tb_lineno)
        t = t.tb_next
    return out

def fall():
    with CM():
        x = 1
        y = 2

def ret():
    with CM():
        x = 1
        return x

def brk():
    for i in range(3):
        with CM():
            x = 1
            break

def cont():
    for i in range(1):
        with CM():
            x = 1
            continue

def nested():
    with CM():
        with CM():
            x = 1

def in_finally():
    try:
        with CM():
            return 1
    finally:
        pass

def items_on_lines():
    with (CM(False) as a,
          CM() as b):
        x = 1

def items_continued():
    with CM() as a, \
         CM(False) as b:
        1 / 0

for fn in (fall, ret, brk, cont, nested, in_finally, items_on_lines, items_continued):
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, lines(e)[1:])
