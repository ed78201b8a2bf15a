# Regression: bytes and bytearray subscripts call the index's __index__ once
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index"); return self.v
def t(f):
    try: print(repr(f()))
    except (TypeError, IndexError) as e: print(type(e).__name__, e)
for b in (b"abc", bytearray(b"abc")):
    t(lambda: b[I(1)])
    t(lambda: b[I(-1)])
    t(lambda: b[I(5)])
    t(lambda: b[I(2**70)])
    t(lambda: b[2**70])
    t(lambda: b[-4])
    t(lambda: b[True])
    t(lambda: b["x"])
    t(lambda: b[1.0])
class B(bytes): pass
t(lambda: B(b"xy")[I(0)])
