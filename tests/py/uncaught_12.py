# expect-error: RecursionError: maximum recursion depth exceeded
def down(n):
    return down(n + 1)
print("going down")
down(0)
