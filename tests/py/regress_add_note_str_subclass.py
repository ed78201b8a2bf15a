# Regression: add_note() rejected an instance of a str subclass (TypeError: note must be a str); CPython keeps it as given
class S(str):
    def __repr__(self):
        return "S-repr"
e = KeyError("k")
e.add_note(S("sub"))
e.add_note("plain")
print(e.__notes__, type(e.__notes__[0]).__name__, e.__notes__[0] == "sub")
for bad in (b"x", 1, None):
    try:
        e.add_note(bad)
    except TypeError as t:
        print(t)
print(len(e.__notes__))
