# Regression: `except E as e` left by an exception raised in its body did not delete e

def boom():
    raise KeyError('k')

# module level: raise ... from e inside an outer try
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as outer:
    print(type(outer).__name__, outer, type(outer.__cause__).__name__, type(outer.__context__).__name__)
try:
    e
except NameError as ex:
    print('NameError:', ex)
try:
    outer
except NameError as ex:
    print('NameError:', ex)

# function: the name is gone from locals, the propagating exception is the new one
def f():
    try:
        try:
            raise ValueError('v')
        except ValueError as err:
            boom()
    except KeyError as k:
        print('caught', repr(k), repr(k.__context__))
    return 'err' in locals(), 'k' in locals()
print(f())

# nested handlers: both names go, the inner raise goes out through both
def g():
    try:
        try:
            raise ValueError(1)
        except ValueError as a:
            try:
                raise TypeError(2)
            except TypeError as b:
                raise KeyError(3)
    except KeyError as c:
        print('outer got', repr(c), repr(c.__context__), repr(c.__context__.__context__))
    return sorted(n for n in ('a', 'b', 'c') if n in locals())
print(g())

# the handler's exception state is restored after it
def h():
    try:
        try:
            raise ValueError('x')
        except ValueError as e:
            raise TypeError('y')
    except TypeError:
        pass
    try:
        raise
    except RuntimeError as r:
        return r
print(repr(h()))

# a finally around the handler still runs, and sees the name already gone
def fin():
    try:
        try:
            raise ValueError('x')
        except ValueError as e:
            try:
                raise KeyError('y')
            finally:
                print('inner finally, e bound:', 'e' in locals())
    except KeyError:
        pass
    finally:
        print('outer finally, e bound:', 'e' in locals())
fin()

# the handler body deleting the name itself, then raising
def self_del():
    try:
        try:
            raise ValueError
        except ValueError as e:
            del e
            raise KeyError
    except KeyError:
        return 'e' in locals()
print(self_del())

# break/continue/return out of the handler inside a finally and a loop
def loop():
    out = []
    for i in range(3):
        try:
            try:
                raise KeyError(i)
            except KeyError as e:
                if i == 1:
                    continue
                if i == 2:
                    raise IndexError(i)
                out.append(e.args[0])
        except IndexError as ie:
            out.append(('ie', ie.args[0], 'e' in locals()))
        finally:
            out.append('f%d' % i)
    return out
print(loop())

# generators: raising out of the handler across a yield
def gen():
    try:
        try:
            raise ValueError('v')
        except ValueError as e:
            yield 'in handler: ' + str(e)
            raise KeyError('k')
    except KeyError:
        yield 'after: ' + str('e' in locals())
print(list(gen()))

def gen2():
    try:
        raise ValueError('v')
    except ValueError as e:
        yield 1
        yield 2
it = gen2()
print(next(it))
try:
    it.throw(TypeError('t'))
except TypeError as t:
    print('thrown out:', repr(t), repr(t.__context__))

# class body: the name is gone from the namespace
class C:
    try:
        try:
            raise ValueError
        except ValueError as e:
            raise KeyError
    except KeyError:
        pass
    names = [n for n in ('e',) if n in dir()]
print(C.names, hasattr(C, 'e'))

# a name that was bound before the try is unbound after it too
x = 1
try:
    try:
        raise ValueError
    except ValueError as x:
        raise KeyError
except KeyError:
    pass
print('x' in globals())

# the traceback of the exception that escapes: lines unchanged
def lines(t):
    out = []
    while t is not None:
        out.append(t.tb_lineno - tb.__code__.co_firstlineno)
        t = t.tb_next
    return out
def tb():
    try:
        raise ValueError('first')
    except ValueError as e:
        raise KeyError('second')
try:
    tb()
except KeyError as k:
    print(lines(k.__traceback__)[1:], lines(k.__context__.__traceback__))

# a name captured by a closure is cleared too
def closure():
    def show():
        try:
            return repr(e)
        except NameError as ne:
            return str(ne)
    try:
        try:
            raise ValueError(1)
        except ValueError as e:
            print(show())
            raise KeyError
    except KeyError:
        pass
    return show()
print(closure())

# a return out of the handler, then a finally that raises; a with statement inside the handler
def f():
    try:
        try:
            raise ValueError
        except ValueError as e:
            return 1
        finally:
            raise KeyError
    except KeyError as k:
        return 'e' in locals(), repr(k.__context__)
print(f())
def g():
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                with open_cm() as c:
                    if i == 0: continue
                    if i == 1: break
        finally:
            print('fin', i, 'e' in locals())
    return 'e' in locals()
class open_cm:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit', a[0]); return False
print(g())
def h():
    try:
        try:
            raise ValueError
        except ValueError as e:
            with open_cm():
                raise KeyError
    except KeyError:
        return 'e' in locals()
print(h())

# an error while matching a nested handler's types
def nested_same():
    try:
        try:
            raise ValueError(1)
        except ValueError as e:
            try:
                raise TypeError(2)
            except TypeError as e:
                pass
            print('inner cleared', 'e' in locals())
            raise KeyError
    except KeyError:
        return 'e' in locals()
print(nested_same())
def raise_in_except_types():
    try:
        try:
            raise ValueError
        except ValueError as e:
            try:
                raise TypeError
            except (lambda: 1/0)() as q:
                pass
    except ZeroDivisionError as z:
        return 'e' in locals(), repr(z.__context__)
print(raise_in_except_types())
