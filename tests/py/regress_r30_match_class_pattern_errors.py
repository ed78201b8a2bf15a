# Regression: class pattern errors: duplicate attributes, self-matching types, non-type
class Two:
    __match_args__ = ("x", "y")
    x = 1
try:
    match Two():
        case Two(1, x=1):
            print("matched")
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)
