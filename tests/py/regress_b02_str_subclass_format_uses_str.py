# Regression: f-strings and format() of a str subclass use its __str__
class T(str):
    def __str__(self): return "over"
print(f"{T('y')}", format(T('y')), "{}".format(T('y')))
