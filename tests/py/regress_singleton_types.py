# Regression: type(None)(), type(...)() and type(NotImplemented)() made new objects instead of returning the singleton
print(type(None)(), type(None)() is None)
print(type(...)(), type(NotImplemented)(), type(...)() is ..., type(NotImplemented)() is NotImplemented)
for e in [lambda: type(None)(1), lambda: type(None)(a=1), lambda: type(...)(1), lambda: type(NotImplemented)(x=1)]:
    try: e()
    except TypeError as ex: print(ex)
print(type(None).__new__(type(None)), type(...).__new__(type(...)))
