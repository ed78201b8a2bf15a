# Regression: type.__abstractmethods__ (a getset of type, reading the class's own namespace) was a missing attribute with the generic message
class K: pass
for f in [lambda: K.__abstractmethods__, lambda: type.__abstractmethods__, lambda: int.__abstractmethods__, lambda: getattr(K, "__abstractmethods__", "none"), lambda: hasattr(type, "__abstractmethods__"), lambda: "__abstractmethods__" in dir(type)]:
    try: print(f())
    except AttributeError as e: print("AttributeError:", e)
class K: pass
K.__abstractmethods__ = frozenset({"f"})
print(K.__abstractmethods__, type.__dict__["__abstractmethods__"].__get__(K))
try: K()
except TypeError as e: print(e)
class L(K): pass
try: print(L.__abstractmethods__)
except AttributeError as e: print("AE", e)
print(type(L()).__name__)
del K.__abstractmethods__
print(type(K()).__name__)
try: del K.__abstractmethods__
except AttributeError as e: print("AE", e)
type.__dict__["__abstractmethods__"].__set__(K, ())
print(K.__dict__["__abstractmethods__"], type(K()).__name__)
try: type.__abstractmethods__ = 1
except TypeError as e: print(e)
print(type(type.__dict__["__abstractmethods__"]).__name__)
