# Regression: iterator type names (reverse dict iterators, bytearray and non-ASCII str iterators)
print(type(reversed(range(3))).__name__, type(reversed({})).__name__, type(reversed({}.items())).__name__, type(iter(bytearray())).__name__, type(iter("é")).__name__)
print(repr(str.upper), type(str.upper).__name__)
