# Function attributes and introspection that CPython users rely on
def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__)
print(documented.__doc__)
documented.calls = 0
documented.calls += 1
print(documented.calls)
def no_doc():
    pass
print(no_doc.__doc__, no_doc())
print(callable(documented), callable(3), callable(lambda: 0), callable(int))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
