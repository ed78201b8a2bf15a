# Regression: reading __class__ in a class body whose methods use it was UnboundLocalError (CPython: a plain name, NameError at top level)
class A:
    def m(self): return __class__
    try:
        __class__
    except NameError as e:
        print(type(e).__name__, e)

class Outer2:
    def m(self):
        class Inner:
            try:
                x = __class__
            except NameError as e:
                x = str(e)
        return Inner.x
    def m2(self):
        class Inner:
            try:
                x = __class__
            except NameError as e:
                x = str(e)
            def g(self): return __class__
        return Inner.x, Inner().g()
    def m3(self):
        class Inner:
            __class__ = 5
            x = __class__
            def g(self): return __class__
        return Inner.x, Inner().g(), Inner.__dict__.get('__class__')
    def m4(self):
        class Inner:
            x = __class__
        return Inner.x
print(Outer2().m())
print(Outer2().m2())
print(Outer2().m3())

class Outer:
    class Inner:
        try:
            x = __class__
        except NameError as e:
            x = 'NameError: ' + str(e)
        def g(self): return __class__
    def h(self): return __class__
print(Outer.Inner.x, Outer.Inner().g(), Outer().h())
class O2:
    class I2:
        try:
            x = __class__
        except NameError as e:
            x = 'NameError: ' + str(e)
print(O2.I2.x)
def fn():
    class C:
        try:
            x = __class__
        except NameError as e:
            x = 'NameError: ' + str(e)
        def g(self): return __class__
    return C.x
print(fn())
class D:
    def f(self): return __class__
    try:
        __class__
    except NameError as e:
        print(type(e).__name__, e)
    __class__ = 3
    print(__class__)
    del __class__
    try:
        __class__
    except NameError as e:
        print(type(e).__name__, e)
print(D.f(1), '__class__' in D.__dict__)

__class__ = 'glob'
class A:
    x = __class__
    def f(self): return __class__
print(A.x, A().f())
class B:
    __class__ = 7
    x = __class__
    def f(self): return __class__
print(B.x, B().f(), B.__dict__['__class__'])
