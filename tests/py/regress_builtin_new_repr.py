# Regression: a builtin type's __new__ is a builtin method bound to the type (repr and __self__)
for f in (object.__new__, int.__new__, list.__new__, dict.__new__):
    print(repr(f).split(' at ')[0], f.__self__, f.__qualname__, type(f).__name__)
