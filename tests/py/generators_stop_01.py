# StopIteration semantics, generator in class, generator methods
class Countdown:
    def __init__(self, start): self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        return (x for x in self if x % 2 == 0)
c = Countdown(6)
print(list(c), list(c.evens()), list(iter(c)))
def first(it):
    for x in it:
        return x
    return None
print(first(c), first([]), first(x for x in []))
def manual_next():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            break
        yield v
print(list(manual_next()))
def leaks_stop():
    it = iter([])
    yield next(it)
try:
    print(list(leaks_stop()))
except RuntimeError as e:
    print("RuntimeError", e)
def leaks_in_iter_class():
    class It:
        def __iter__(self): return self
        def __next__(self): raise StopIteration("v")
    return list(It())
print(leaks_in_iter_class())
gen = (x for x in range(3))
print(next(gen), next(gen), next(gen), next(gen, "default"))
g = iter(range(2))
print(next(g), next(g), next(g, None))
def gen_stop_value():
    yield 1
    return [1, 2]
gv = gen_stop_value()
print(next(gv))
try:
    next(gv)
except StopIteration as e:
    print(e.value, e.args, repr(e))
# generator attributes
def named(): yield
n = named()
print(n.gi_running, n.gi_frame is not None)
list(n)
print(n.gi_frame)
# enumerate/zip of generator retains laziness
def letters():
    for ch in "abc":
        print("yield", ch)
        yield ch
for i, ch in enumerate(letters(), start=1):
    print(i, ch)
    if i == 2: break
