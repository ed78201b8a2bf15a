# Regression: True.__repr__() and bool.__repr__(True) gave '1' (int's method); bool's dunders accepted an int self
print(True.__repr__(), list(map(bool.__repr__, [True, False])), False.__repr__(), bool.__repr__(False))
print(int.__repr__(True), int.__str__(False), bool.__str__(True), True.__str__(), repr(True), str(False))
for f in [lambda: bool.__repr__(1), lambda: bool.__repr__(), lambda: bool.__repr__(True, 1), lambda: bool.__and__(1, 1), lambda: bool.__xor__(1.5, True), lambda: bool.__repr__(None)]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
print(bool.__and__(True, 3), bool.__rand__(True, 3), bool.__and__(True, 'x'), bool.__or__(False, False), bool.__xor__(True, True))
class I(int):
    pass
print(repr(I(1)), int.__repr__(I(7)), [True, False], {True: False}, (True,))
