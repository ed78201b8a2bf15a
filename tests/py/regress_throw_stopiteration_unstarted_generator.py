# Regression: throw(StopIteration) into a generator that had not started escaped as StopIteration instead of PEP 479's RuntimeError
def g():
    yield 1


for exc in (StopIteration, StopIteration('x')):
    gen = g()
    try:
        gen.throw(exc)
    except BaseException as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
    print(next(gen, 'done'), gen.gi_frame)
try:
    (x for x in ()).throw(StopIteration)
except BaseException as e:
    print(type(e).__name__, e, repr(e.__cause__))


async def c():
    pass


co = c()
try:
    co.throw(StopIteration('c'))
except BaseException as e:
    print(type(e).__name__, e, repr(e.__cause__))

# other exceptions pass through unchanged, with a traceback entry for the generator
for exc in (ValueError('v'), GeneratorExit, StopAsyncIteration):
    try:
        g().throw(exc)
    except BaseException as e:
        print(type(e).__name__, repr(e.__cause__), e.__traceback__.tb_next is not None)


def deco(f):
    return f


@deco
def dg():
    yield 1


try:
    dg().throw(ValueError)
except ValueError as e:
    print(e.__traceback__.tb_next.tb_lineno == dg.__code__.co_firstlineno)
print(dg().gi_frame.f_lineno == dg.__code__.co_firstlineno)

# a handled exception at the call is not the thrown one's context
for started in (False, True):
    for exc in (ValueError('v'), StopIteration('s')):
        gen = g()
        if started:
            next(gen)
        try:
            try:
                raise KeyError('k')
            except KeyError:
                gen.throw(exc)
        except Exception as e:
            print(started, type(e).__name__, repr(e.__context__), repr(e.__cause__))
