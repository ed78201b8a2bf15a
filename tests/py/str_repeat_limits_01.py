# Repetition past the index range is an OverflowError (CPython's wording), below it a MemoryError.
for e in ['"ab" * 2**62', '"a" * 2**62', 'b"ab" * 2**62', '"ab" * 2**61', '[1] * 2**62']:
    try:
        eval_result = None
        if e == '"ab" * 2**62': eval_result = "ab" * 2**62
        elif e == '"a" * 2**62': eval_result = "a" * 2**62
        elif e == 'b"ab" * 2**62': eval_result = b"ab" * 2**62
        elif e == '"ab" * 2**61': eval_result = "ab" * 2**61
        else: eval_result = [1] * 2**62
    except (OverflowError, MemoryError) as x:
        print(e, type(x).__name__, x)
x = 5
print(f"{x:{x}}", f"{3.14159:{x + 3}.{x - 2}f}")
n = 0
def f():
    global n
    n += 1
    f()
try:
    f()
except RecursionError:
    print("depth", n)
