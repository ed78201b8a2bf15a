# Regression: max() and min() compare with > and <
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"lt {self.v} {o.v}"); return self.v < o.v
    def __gt__(self, o):
        print(f"gt {self.v} {o.v}"); return self.v > o.v
print(max(P(5), P(7)).v)
