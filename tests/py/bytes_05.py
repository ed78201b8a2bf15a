# bytearray.extend of a non-iterable names the type as CPython does (found by the real7 probe).
for v in [1.5, None, 3, object(), [1, 2], (3,), b"x", range(2), iter([4])]:
    b = bytearray(b"q")
    try:
        b.extend(v); print(b)
    except TypeError as e:
        print("TypeError", e)
b = bytearray()
try: b.extend([300])
except ValueError as e: print("ValueError", e)
try: bytearray(1.5)
except TypeError as e: print("TypeError", e)
try: bytes(1.5)
except TypeError as e: print("TypeError", e)
