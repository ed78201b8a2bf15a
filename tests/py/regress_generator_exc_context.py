# Regression: gen.throw() chained the thrown exception with the caller's handled exception, and a generator suspended in an except block leaked that exception to its caller
def gen():
    try:
        yield
    except ValueError as e:
        yield repr(e.__context__)
try:
    raise KeyError("outer")
except KeyError:
    g = gen(); next(g)
    print("A", g.throw(ValueError("v")))
def gen2():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            yield
        except ValueError as e:
            yield repr(e.__context__)
g = gen2(); next(g)
print("B", g.throw(ValueError("v")))
try:
    raise IndexError("outer2")
except IndexError:
    g = gen2(); next(g)
    print("C", g.throw(ValueError("v")))
g = gen(); next(g)
try:
    raise IndexError("outer3")
except IndexError:
    print("D", g.throw(ValueError("v")))
def gen3():
    try:
        yield
    except ValueError as e:
        yield repr(e.__context__)
g = gen3(); next(g)
v = ValueError("preset")
v.__context__ = KeyError("pre")
print("E", g.throw(v))
def gen4():
    yield
g = gen4(); next(g)
try:
    raise KeyError("k")
except KeyError:
    try:
        g.throw(ValueError("x"))
    except ValueError as e:
        print("F", repr(e.__context__))
def gen5():
    try:
        yield
    finally:
        pass
g = gen5(); next(g)
try:
    raise KeyError("k5")
except KeyError:
    try:
        g.throw(ValueError("x5"))
    except ValueError as e:
        print("G", repr(e.__context__))
def gen6():
    try:
        yield
    except ValueError:
        raise TypeError("t6")
g = gen6(); next(g)
try:
    raise KeyError("k6")
except KeyError:
    try:
        g.throw(ValueError("x6"))
    except TypeError as e:
        print("H", repr(e.__context__), repr(e.__context__.__context__))
def gen2():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        yield 2
g = gen2(); next(g)
try:
    raise ValueError("outer")
except ValueError as e:
    print("ctx", repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print("bare", e)
def gen3():
    try:
        yield
    except ValueError as e:
        yield repr(e.__context__)
        raise TypeError("t")
try:
    raise IndexError("i")
except IndexError:
    g = gen3(); next(g); print(g.throw(ValueError("v")))
    try:
        next(g)
    except TypeError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
def g1():
    yield 1
    raise ValueError("from gen")
try:
    raise KeyError("caller")
except KeyError:
    it = g1(); next(it)
    try:
        next(it)
    except ValueError as e:
        print("1", repr(e.__context__))
def g2():
    try:
        raise KeyError("own")
    except KeyError:
        yield "in handler"
        try:
            raise
        except KeyError as e:
            yield "bare raise " + repr(e)
it = g2()
print("2", next(it))
try:
    raise IndexError("other caller")
except IndexError:
    print("2", next(it))
def g3():
    try:
        raise KeyError("own3")
    except KeyError:
        yield 1
    yield 2
    raise TypeError("after handler")
it = g3(); next(it)
try:
    raise IndexError("c3")
except IndexError:
    next(it)
    try:
        next(it)
    except TypeError as e:
        print("3", repr(e.__context__))
def inner():
    try:
        yield 1
    except ValueError as e:
        print("4 inner ctx", repr(e.__context__))
        yield 2
def outer():
    try:
        raise KeyError("outer own")
    except KeyError:
        yield from inner()
it = outer(); next(it)
print("4", it.throw(ValueError("thrown")))
def g5():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            yield e
print("5", [repr(x) for x in g5()])
try:
    raise
except RuntimeError as e:
    print("5 bare", e)
def g6():
    try:
        yield
    except GeneratorExit:
        print("6 closing", "ok")
        raise
it = g6(); next(it)
try:
    raise KeyError("c6")
except KeyError:
    it.close()
print("6 done")
def g7():
    yield
try:
    raise KeyError("k7")
except KeyError:
    try:
        g7().throw(ValueError("fresh"))
    except ValueError as e:
        print("7", repr(e.__context__))
def g8():
    try:
        yield
    except ValueError:
        raise
it = g8(); next(it)
try:
    raise KeyError("k8")
except KeyError:
    try:
        it.throw(ValueError("v8"))
    except ValueError as e:
        print("8", repr(e.__context__))
    try:
        raise TypeError("t8")
    except TypeError as e:
        print("8b", repr(e.__context__))
saved = None
try:
    raise IndexError("saved")
except IndexError as e:
    saved = e
def g9():
    try:
        yield
    except IndexError:
        yield "caught"
it = g9(); next(it)
try:
    raise KeyError("k9")
except KeyError:
    print("9", it.throw(saved), repr(saved.__context__))
try:
    raise saved
except IndexError as e:
    print("9b", repr(e.__context__))
try:
    raise KeyError("k10")
except KeyError:
    try:
        raise saved
    except IndexError as e:
        print("10", repr(e.__context__))
