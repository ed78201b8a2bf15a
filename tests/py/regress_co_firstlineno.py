# Regression: co_firstlineno of a decorated function or class was the def line (not the first decorator's), of a lambda the line after its parameters
def deco(f):
    return f


@deco
@deco
def g():
    yield 1


print(g.__code__.co_firstlineno, g().gi_frame.f_lineno)


def h(
    a,
    b):
    yield a


print(h.__code__.co_firstlineno, h(1, 2).gi_frame.f_lineno)


@deco

@deco
class C:
    x = 1

    @deco
    def m(self):
        pass


print(C.m.__code__.co_firstlineno)


@deco
async def co():
    pass


print(co.__code__.co_firstlineno)
lam = (
    lambda x:
    x)
print(lam.__code__.co_firstlineno)
