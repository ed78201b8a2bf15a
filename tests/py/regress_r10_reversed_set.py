# Regression: reversed(set) and sets have no __getitem__
print(hasattr(set(), "__getitem__"), hasattr(frozenset(), "__getitem__"))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(frozenset())
except TypeError as e:
    print(e)
