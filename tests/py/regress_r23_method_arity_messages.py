# Regression: builtin method arity messages
for f in [lambda: "a".count(), lambda: "a".find(), lambda: "a".startswith(), lambda: [].insert(1), lambda: [].pop(1, 2), lambda: [].index(), lambda: "a".zfill(), lambda: "a".partition(), lambda: "".format_map(), lambda: (5).to_bytes(1, 2, 3, 4), lambda: sum(), lambda: reversed()]:
    try: f()
    except TypeError as e: print(e)
