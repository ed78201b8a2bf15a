# expect-error: SyntaxError: 'return' with value in async generator
# Regression: a return with a value in an async generator compiled
async def f():
    return 5
    yield 1
