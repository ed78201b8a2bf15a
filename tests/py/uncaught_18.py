# expect-error: KeyError: 'key'
# the error raised in finally replaces the original exception
try:
    print("in try")
    raise ValueError("original")
finally:
    print("in finally")
    {}["key"]
