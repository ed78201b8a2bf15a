# Closures over loop variables in nested functions and class bodies
def make():
    result = []
    for i in range(3):
        def show(i=i):
            return i * 10
        result.append(show)
    return result
print([f() for f in make()])
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    while True:
        yield inc()
g = counter_gen()
print(next(g), next(g), next(g))
x = 1
class K:
    x = 2
    y = x + 1
    def m(self):
        return x
print(K.y, K().m())
def outer():
    msg = "first"
    def get():
        return msg
    msg = "second"
    return get
print(outer()())
