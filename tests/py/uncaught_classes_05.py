# expect-error: TypeError: in exit
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("in exit")
with CM():
    print("body")
    raise ValueError("body err")
