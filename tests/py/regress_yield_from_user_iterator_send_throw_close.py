# Regression: send/throw/close through yield from a user iterator
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
def g():
    yield from It()
gg = g()
next(gg)
try:
    gg.send(5)
except AttributeError as e:
    print("AE", e)
gg = g()
next(gg)
try:
    gg.throw(KeyError("k"))
except KeyError as e:
    print("KE", e)
gg = g()
next(gg)
gg.close()
print("closed")
