# Regression: data attributes of builtin types (complex.real, range.start, ValueError.args) were missing on the class
for t,n in [(float,'real'),(complex,'real'),(range,'start'),(slice,'start'),(property,'fget'),(BaseException,'args'),(BaseException,'__cause__'),(BaseException,'__suppress_context__'),(UnicodeDecodeError,'start'),(KeyError,'args')]:
  d = getattr(t,n); print(t.__name__, n, d, d is getattr(t,n))
print(complex.real.__get__(3j), range.stop.__get__(range(5)), KeyError.args.__get__(KeyError(1)), slice.start.__get__(slice(4,5)))
class E(ValueError): pass
print(E.args)
try: complex.real.__get__(5)
except Exception as e: print(e)
