# Subscript errors raised straight from the fused subscript (list, tuple, dict with str keys):
# same exceptions, messages and args as the generic path; a dict holding an object key that
# equals a str key still finds it.
class Key:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        return self.s == o
    def __hash__(self):
        return hash(self.s)
d = {"a": 1}
lst = [1, 2, 3]
tup = (4, 5)
for probe in (lambda: d["b"], lambda: lst[3], lambda: lst[-4], lambda: tup[2], lambda: tup[-3], lambda: d[5]):
    try:
        probe()
    except LookupError as e:
        print(type(e).__name__, e.args, repr(e))
mixed = {Key("x"): "found"}
print(mixed["x"])
try:
    mixed["y"]
except KeyError as e:
    print("KeyError", e.args)
t = 0
for i in range(10):
    try:
        t += lst[i] + d["a"]
    except IndexError:
        t -= 1
print(t)
def nested(m):
    try:
        return m["k"]["j"]
    except KeyError as e:
        return "missing " + str(e)
print(nested({"k": {}}), nested({}), nested({"k": {"j": 7}}))
class D(dict):
    def __missing__(self, k):
        return k * 2
print(D()["ab"])
