# expect-error: BrokenPipeError: [Errno 32] Broken pipe
# Regression: BrokenPipeError was missing: OSError(32, ...) is one, a ConnectionError with errno 32
print(BrokenPipeError.__mro__)
e = OSError(32, 'Broken pipe')
print(type(e).__name__, e.errno, e.strerror, e.args, str(e))
print(type(OSError(108, 'x')).__name__)
try:
    raise BrokenPipeError(32, 'Broken pipe')
except ConnectionError as x:
    print('caught', repr(x), isinstance(x, OSError))
try:
    raise BrokenPipeError
except OSError as x:
    print('bare', repr(x), x.errno)
class Mine(BrokenPipeError):
    pass
print(Mine.__mro__[1:3], issubclass(Mine, OSError))
raise BrokenPipeError(32, 'Broken pipe')
