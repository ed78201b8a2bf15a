# Regression: in on a non-iterable names the type
class C: pass
try:
    3 in C()
except TypeError as e:
    print(e)
