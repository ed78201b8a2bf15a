# Regression: private names were not mangled for locals, parameters and global/nonlocal names in functions inside a class
class C:
    def f(self):
        __x = 5
        return list(locals())
    def g(self, __a):
        return list(locals()), __a
    def h(self):
        __y = 1
        def inner():
            return __y
        return inner(), inner.__code__.co_freevars, C.h.__code__.co_cellvars
    def k(self):
        return [__z for __z in range(2)], list(locals())
    def m(self):
        global __G
        __G = 3
        return __G
    def lam(self):
        return (lambda __q: __q)(4), (lambda __q: 1).__code__.co_varnames
print(C().f())
print(C().g(1))
print(C().h())
print(C().k())
print(C().m(), _C__G)
print(C().lam())
print(C.g.__code__.co_varnames, C.f.__code__.co_varnames)
def outside():
    __w = 1
    return list(locals())
print(outside())
class _U:
    def f(self):
        __v = 1
        return list(locals())
print(_U().f())
class __V__:
    def f(self):
        __v = 1
        return list(locals())
print(__V__().f())
class C:
    __v: int = 1
    def f(self, __a: int, *__r, __k: str = 'x', **__kw) -> None: pass
    lam = lambda self, __b=2: __b
print(C.f.__annotations__, C.f.__kwdefaults__, C.__annotations__, C.f.__code__.co_varnames, C.lam.__defaults__, C.lam.__code__.co_varnames)
class D:
    global __g
    __g = 1
    def m(self):
        nonlocal_test = 1
        def inner():
            nonlocal nonlocal_test
        try:
            raise ValueError
        except ValueError as __e:
            pass
        return list(locals())
print(_D__g, D().m())
class E:
    def m(self):
        __t = 0
        x = [(__w := i) for i in range(2)]
        return __w, list(locals())
    def g(self, __a): return __a
    def kw(self): return self.g(_E__a=3)
    def bad(self): return self.g(__a=3)
    def dflt(self, __d=7): return __d
    def deleter(self):
        __z = 1
        del __z
        return list(locals())
    def matcher(self, v):
        match v:
            case [__h, *__rest]:
                return __h, __rest, sorted(locals())
    def nested(self):
        __o = 1
        def g():
            nonlocal __o
            __o += 1
            return __o
        return g(), g.__code__.co_freevars
    def fstr(self):
        __s = "s"
        return f"{__s}!"
    def klass(self):
        class __Inner:
            def f(self):
                __i = 1
                return list(locals())
        return __Inner().f(), list(locals())
print(E().m(), E().kw(), E().dflt(), E().deleter(), E().matcher([1, 2, 3]), E().nested(), E().fstr(), E().klass())
try:
    E().bad()
except TypeError as e:
    print(e)
class F:
    def f(self):
        try:
            return __nope
        except NameError as e:
            return str(e)
    def g(self):
        try:
            __u
            __u = 1
        except UnboundLocalError as e:
            return str(e)
print(F().f(), F().g())
