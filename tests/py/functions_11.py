# Generators and closures combined: counters, accumulators and function factories
def make_accumulators():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def reset():
        nonlocal total
        total = 0
    def gen():
        for i in range(3):
            yield add(i)
    return add, reset, gen
add, reset, gen = make_accumulators()
print(add(10), add(5), list(gen()), add(0))
reset()
print(add(1))
def power_factory(exp):
    def power(base):
        return base ** exp
    power.__name__ = f"power_{exp}"
    return power
square, cube = power_factory(2), power_factory(3)
print(square(4), cube(2), square.__name__, cube.__name__)
fns = {f"x{k}": power_factory(k) for k in range(4)}
print({name: fn(3) for name, fn in fns.items()})
