# expect-error: <unknown>.E: m
# Regression: an exception class whose __module__ is not a str is shown as <unknown>.Name in the traceback
class E(Exception):
    pass


E.__module__ = None
print(E.__module__, E.__qualname__)
raise E("m")
