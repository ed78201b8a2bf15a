# Regression: direct one- and two-argument entries of builtins and builtin types (int, float, str, chr, abs, repr, hash, isinstance) give the general entries' results and errors
print(int("12"), int("-0"), int("+7"), int("007"), int(" 5 "), int("1_0"), int("-"), ) if False else None
for s in ["12", "-0", "+7", "007", " 5 ", "1_0", "-", "+", "", "12a", "999999999999999", "1234567890123456789", "٣", "-12"]:
    try: print(repr(s), int(s))
    except ValueError as e: print(e)
print(float(1), float(2.5), float("3"), chr(65), chr(0x1F600), chr(0xD800) == '\ud800', abs(-3), abs(-2.5), repr("x"), hash(1), isinstance(1, int), isinstance("a", (int, str)))
class S(str): pass
print(type(str(S("a"))).__name__, type(S("a")).__name__, str(S("q")), int(True), float(True))
try: chr(-1)
except ValueError as e: print(e)
try: isinstance(1, 2)
except TypeError as e: print(e)
try: abs("x")
except TypeError as e: print(e)
