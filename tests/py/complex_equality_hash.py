print(1 == 1 + 0j, 1 + 0j == 1, 0 == 0j, 0j == False, 1 in [1 + 0j], {1: "a"}.get(1 + 0j))
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), {1+0j: 1, 1: 2, 1.0: 3}, {1j: 1, 1j+0: 2}, {True, 1+0j})
print(1j == "a", 1j != 1j, 1j != None, (1+2j) == (1+2j), 2**70 + 0j == 2**70, float("nan") + 0j == float("nan"))
for f in [lambda: 1j < 1, lambda: 1 < 1j, lambda: 1j >= 1j]:
    try: f()
    except TypeError as e: print(e)
print(hash(1+2j), hash(2.5+1.5j), hash(-1+0j), hash(1e300j))
