class It:
    def __init__(self): self.i = 0; self.log = []
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(self.i * 10)
        return self.i
    def send(self, v):
        self.log.append(v)
        return self.__next__()
    def throw(self, e):
        self.log.append(type(e).__name__)
        return 99
    def close(self):
        self.log.append("closed")
def g(it):
    r = yield from it
    print("returned", r)
    yield "end"
it = It(); gg = g(it)
print(next(gg), gg.send("a"), gg.throw(KeyError("k")), gg.send("b"), next(gg))
gg.close(); print(it.log)
it2 = It(); g2 = g(it2); next(g2); g2.close(); print(it2.log)
