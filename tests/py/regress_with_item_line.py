# Regression: a failing __enter__/__exit__ of a later with-item is reported at the with statement's first line, not the item's
class M:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)


class NoProtocol:
    pass


class EnterFails:
    def __enter__(self):
        raise ValueError("enter")

    def __exit__(self, *a):
        pass


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise ValueError("exit")


class AsyncCM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        raise ValueError("aexit")


def parenthesized():
    with (M() as a,
          NoProtocol() as b):
        pass


def backslash():
    with M() as a, \
         NoProtocol() as b:
        pass


def call_over_lines():
    with M() as a, NoProtocol(
    ) as b:
        pass


def third_item():
    with (M() as a,
          M() as b,
          NoProtocol() as c):
        pass


def enter_raises():
    with (M() as a,
          EnterFails() as b):
        pass


def exit_raises():
    with (M() as a,
          ExitFails() as b):
        x = 1
        x += 1


def exit_raises_after_error():
    with M() as a, \
         ExitFails() as b:
        raise KeyError


async def async_items():
    async with (AsyncCM() as a,
                AsyncCM() as b):
        pass


def item_expression_fails():
    with (M() as a,
          NoProtocol(1) as b):
        pass


for fn in (parenthesized, backslash, call_over_lines, third_item, enter_raises, exit_raises,
           exit_raises_after_error, async_items, item_expression_fails):
    try:
        r = fn()
        if r is not None:
            r.send(None)
    except Exception as e:
        tb = e.__traceback__.tb_next
        print(fn.__name__, type(e).__name__, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)
