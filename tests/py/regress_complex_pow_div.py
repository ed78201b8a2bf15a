# Regression: complex ** and / follow CPython's algorithms (exact small integral powers, scaled division), complex modulo, chr/int/complex argument errors
print((3+4j) ** 2, (1+2j) ** 3, (1+1j) ** -2, (2+0j) ** 100, (1+2j) / (3+4j), (1e300+1e300j) / (1e300+1e-300j), 1 / (3+4j), (0.5+0.25j) ** 0.5, (1+1j) ** (1+1j), 2 ** (1+1j))
for bad in [lambda: (0j) ** -1, lambda: 1 / 0j, lambda: pow(3+4j, 2, 5), lambda: pow(2, 3+0j, 5), lambda: complex(None), lambda: complex(1, None), lambda: chr(2**40), lambda: chr(-2**40), lambda: chr(-1), lambda: int(bytearray(b'q'), 10), lambda: (1e200+1e200j) ** 5, lambda: int(bytearray(b'z'))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print([(1+2j) ** n for n in range(-3, 4)], (-8+0j) ** (1/3), (1j) ** 2, (1j) ** 0, (0j) ** 0, (0j) ** 2)
