# expect-error: SyntaxError: asynchronous comprehension outside of an asynchronous function
# Regression: an async comprehension (await or async for) inside a plain def compiled
def g(z):
    return [await y for y in z]
