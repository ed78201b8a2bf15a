# Regression: MRO conflict names the remaining heads; duplicate base classes are refused
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(e)
try:
    class Bad2(X, X): pass
    print("accepted")
except TypeError as e:
    print(e)
