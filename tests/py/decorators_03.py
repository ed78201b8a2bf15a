# Decorator counting calls and timing-free retry logic
def count_calls(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls)
def retry(times):
    def deco(f):
        def wrapper(*a):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return f(attempt, *a)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
                    last = e
            raise RuntimeError("gave up") from last
        return wrapper
    return deco
@retry(3)
def flaky(attempt, x):
    if attempt < 3:
        raise ValueError(f"bad {attempt}")
    return x * 10
print(flaky(4))
@retry(2)
def always_bad(attempt):
    raise ValueError("nope")
try:
    always_bad()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
