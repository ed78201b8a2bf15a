# Regression: globals() listed names in the compiler's order of first mention (a name deleted and bound again kept its place, a global first bound in a function came first, module dunders came last) instead of the order they were bound, as a dict keeps its keys
print(list(globals())[:7])
def f():
    global made_in_f
    made_in_f = 1
    return later
import_order = 1
def zeta(): pass
alpha = 2
class Mid: pass
beta = [1]
del alpha
alpha = 3
later = 4
for loopvar in range(1): pass
f()
def user(): return [k for k in globals() if not k.startswith("_")]
print(user())
print([k for k in vars() if not k.startswith("__")])
print(sorted(k for k in dir() if not k.startswith("__")))
if later:
    cond = 1
else:
    other = 2
try:
    1 / 0
except ZeroDivisionError as err:
    pass
del beta
for name in ["p", "q", "r"]:
    if name == "q": q_seen = True
    if name == "p": p_seen = True
beta = 5
print([k for k in globals() if not k.startswith("_")])
def rebinder():
    global zeta
    del zeta
    zeta = 0
rebinder()
print([k for k in globals() if not k.startswith("_")][-3:])
