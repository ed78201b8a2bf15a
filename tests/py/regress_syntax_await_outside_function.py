# expect-error: SyntaxError: 'await' outside function
# Regression: await at module level compiled (and raised NameError at run time) instead of CPython's SyntaxError
print('never printed')
await x
