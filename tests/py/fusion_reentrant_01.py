depth = 0
class V:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        global depth
        depth += 1
        if depth < 4:
            box[0] += 10
            obj.v += 100
        return V(self.n + o)
    def __repr__(self): return f"V({self.n})"
class O: pass
obj = O(); obj.v = V(0)
box = [V(0)]
box[0] += 1
print(box, obj.v, depth)
