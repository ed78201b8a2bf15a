# Regression: __format__ may return a str subclass
class Fs(str): pass
class G:
    def __format__(self, spec): return Fs("sub")
print(format(G()), f"{G()}!", "{}".format(G()))
