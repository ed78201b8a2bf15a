# Regression: zero-argument super through another name (an alias, [super][0], a nested def returning it) found no __class__ cell
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__

class B(A):
    def alias(self):
        s = super
        return s().f()
    def indexed(self):
        return [super][0]().f()
    def nested(self):
        def helper(): return super
        return helper()().f()
    def lam(self):
        return (lambda: super)()().f()
    def in_gen(self):
        s = super
        yield s().f()
    @classmethod
    def c(cls):
        s = super
        return 'B.c > ' + s().c()
    def first_is_cell(self):
        s = super
        g = lambda: self
        return s().f(), g() is self
    def names(self):
        s = super
        return sorted(locals())
    def closure_vars(self):
        s = super
        return B.closure_vars.__code__.co_freevars
    def no_args(*args):
        s = super
        return s()
    def deleted(self):
        s = super
        del self
        return s()
    def outside_frame(self):
        # called from helper's frame, which has no first argument
        def helper():
            s = super
            return s()
        return helper()

b = B()
print(b.alias(), b.indexed(), b.nested(), b.lam(), list(b.in_gen()), B.c(), b.first_is_cell())
print(b.names(), b.closure_vars())
for m in (b.no_args, b.deleted, b.outside_frame):
    try:
        m()
    except RuntimeError as e:
        print('RuntimeError:', e)

# only a function inside a class gets the cell: a plain function calling an alias fails
def plain(self):
    s = super
    return s()
try:
    plain(b)
except RuntimeError as e:
    print('RuntimeError:', e)

# before the class exists the cell is empty
class C(A):
    def f(self):
        s = super
        return s().f()
    def g(self):
        return super().f()
    for m in (f,):
        try:
            m(1)
        except RuntimeError as e:
            print('RuntimeError:', e)
print(C().f(), C().g())

# `nonlocal __class__` can rebind the cell
class D(A):
    def f(self):
        nonlocal __class__
        __class__ = 5
        return super().f()
    def g(self):
        nonlocal __class__
        __class__ = 'x'
        s = super
        return s().f()
for m in (D().f, D().g):
    try:
        m()
    except RuntimeError as e:
        print('RuntimeError:', e)
