# expect-error: AttributeError: 'NoneType' object has no attribute 'strip'
def find(items, key):
    for k, v in items:
        if k == key:
            return v
pairs = [("a", " x "), ("b", " y ")]
print(repr(find(pairs, "a").strip()))
print(repr(find(pairs, "c").strip()))
