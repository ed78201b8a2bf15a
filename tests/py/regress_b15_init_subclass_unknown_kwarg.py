# Regression: unknown class keyword arguments reach object.__init_subclass__ and fail
class Plugin:
    pass
try:
    class Bad(Plugin, unknown=1): pass
    print("accepted")
except TypeError as e:
    print(e)
