# Context manager objects reused, nested with in functions, and exceptions in __enter__
class Counter:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("enter depth", self.depth)
        return self.depth
    def __exit__(self, *a):
        print("exit depth", self.depth)
        self.depth -= 1
        return False
c = Counter()
with c as d1:
    with c as d2:
        print("inside", d1, d2)
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with FailEnter():
        print("body should not run")
except RuntimeError as e:
    print("caught", e)
def use_both():
    with Counter() as a, FailEnter() as b:
        return "unreachable"
try:
    use_both()
except RuntimeError as e:
    print("caught again", e)
