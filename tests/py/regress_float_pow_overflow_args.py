# Regression: float ** overflow raises OverflowError(34, 'Numerical result out of range'): two args, not one string
for f in (lambda: 10.0 ** 400, lambda: 2.0 ** 10000, lambda: (-10.0) ** 401, lambda: 10.0 ** 400.5, lambda: pow(10.0, 400)):
    try:
        print(f())
    except OverflowError as e:
        print(repr(e), e.args, str(e), len(e.args))
x = 10.0
try:
    x **= 400
except OverflowError as e:
    print(e.args[0], e.args[1])
