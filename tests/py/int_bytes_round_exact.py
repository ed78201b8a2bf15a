for n, L in [(-129, 1), (-128, 1), (127, 1), (128, 1), (-1, 0), (0, 0), (-32768, 2), (255, 1)]:
    for sg in [True, False]:
        try: print(n, L, sg, n.to_bytes(L, "little", signed=sg))
        except OverflowError as e: print(n, L, sg, "OverflowError", e)
class B:
    def __bytes__(self): return b"\x01\x02"
for a in ["ab", 5, [1, 2], (255,), B(), [256], ["a"], iter([1]), None, 1.5]:
    try: print(int.from_bytes(a, "big"))
    except Exception as e: print(type(e).__name__, e)
print(round(5e-324, 323), round(5e-324, 324), round(1.5e-323, 323), round(2.5, 0), round(0.125, 2), round(1e-320, 320))
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
for _ in range(3000):
    x = (rnd() / 2**31 - 0.5) * 2e6 * 10.0 ** (rnd() % 630 - 330)
    n = rnd() % 650 - 320
    try: r = round(x, n)
    except OverflowError as e: r = str(e)
    print(r, end=" ")
print()
print(round(-0.4), round(-4e-300, 3), round(123456.5, -1), round(125, -1), round(-2.5e-324, 324))
try: round(1.7e308, -308)
except OverflowError as e: print(e)
