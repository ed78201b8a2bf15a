# Regression: builtin method arity matrix
tests = ["a".count, "a".find, "a".rfind, "a".index, "a".rindex, "a".startswith, "a".endswith, "a".removeprefix, "a".removesuffix, "a".zfill, "a".format_map, "a".partition, "a".rpartition, "a".translate, "a".join, "a".center, "a".ljust, "a".rjust, "a".split, "a".splitlines, "a".strip, "a".lstrip, "a".expandtabs, "a".replace, "a".encode, "a".__getitem__, "a".__contains__, "a".__add__, "a".__mul__, "a".__mod__, "a".__format__, "a".__len__, "a".upper, "a".isdigit]
for f in tests:
    for args in [(), (1, 2, 3, 4, 5)]:
        try: f(*args); print("ok")
        except TypeError as e: print(e)
for f in [[].append, [].insert, [].pop, [].index, [].count, [].remove, [].extend, [].sort, [].copy, [].reverse, [].clear, ().index, ().count, {}.get, {}.pop, {}.setdefault, {}.update, {}.keys, {}.popitem, {}.copy, set().add, set().discard, set().remove, set().union, set().issubset, set().isdisjoint, set().pop, range(3).index, range(3).count, b"a".count, b"a".find, b"a".join, b"a".split, bytearray().append, bytearray().insert, bytearray().pop, (1).to_bytes, (1).bit_length, (1.5).is_integer, (1.5).hex]:
    for args in [(), (1, 2, 3, 4, 5)]:
        try: f(*args); print("ok")
        except TypeError as e: print(e)
        except Exception as e: print(type(e).__name__, e)
