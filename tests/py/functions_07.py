# Return values: multiple returns, early exit, implicit None
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"
print([classify(n) for n in (-5, 0, 5)])
def nothing():
    x = 1
print(nothing())
def divmod_like(a, b):
    return a // b, a % b
q, r = divmod_like(17, 5)
print(q, r, divmod_like(17, 5))
def find_first(xs, pred):
    for x in xs:
        if pred(x):
            return x
print(find_first([1, 3, 4, 5], lambda v: v % 2 == 0), find_first([1, 3], lambda v: v > 5))
def early(xs):
    total = 0
    for x in xs:
        if x is None:
            break
        total += x
    else:
        return ("complete", total)
    return ("stopped", total)
print(early([1, 2, 3]), early([1, None, 3]))
