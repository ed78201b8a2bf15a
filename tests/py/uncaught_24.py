# expect-error: ZeroDivisionError: integer division or modulo by zero
def avg_bucket(values, buckets):
    return sum(values) // buckets
print(avg_bucket([1, 2, 3], 2))
print(avg_bucket([], 0))
