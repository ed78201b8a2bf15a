# expect-error: ImportError: attempted relative import with no known parent package
# Regression: a relative import in the main script was a SyntaxError at compile time; it raises ImportError when it runs
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)

try:
    from .mod import y, z
except ImportError as e:
    print(type(e).__name__, e)

try:
    from ...pkg.sub import (a, b,)
except ImportError as e:
    print(type(e).__name__, e)

try:
    from . import *
except ImportError as e:
    print(type(e).__name__, e)


def f():
    from .. import helper
    return helper


try:
    f()
except ImportError as e:
    print("in f:", type(e).__name__, e)

print("done")
from .missing import thing
print("not reached")
