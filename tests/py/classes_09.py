# Class attribute lookup order, instance __dict__ shadowing, methods bound
class A:
    x = "class A"
    def get(self):
        return self.x
class B(A):
    pass
b = B()
print(b.get())
B.x = "class B"
print(b.get(), A().get())
b.x = "instance"
print(b.get(), b.__dict__)
del b.x
print(b.get())
bound = b.get
B.x = "changed later"
print(bound())
print(A.get(b))
f = A.get
print(f(A()))
class Cnt:
    n = 0
    def inc(self):
        self.n += 1
c1 = Cnt(); c1.inc(); c1.inc()
print(c1.n, Cnt.n)
