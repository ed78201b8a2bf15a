# expect-error: KeyError: 'gen key'
def g():
    yield 1
    raise KeyError("gen key")
for x in g():
    print(x)
