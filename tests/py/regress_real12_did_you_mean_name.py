# expect-error: NameError: name 'radiu' is not defined. Did you mean: 'radius'?
# An uncaught NameError's traceback ends with CPython's "Did you mean" hint: the closest of the
# failing function's local variable names, else of the globals, else of the builtins.
def area(radius):
    try:
        return prnt(radius)
    except NameError as e:
        print("caught:", e, e.name)
    return 3.14 * radiu ** 2
print(area(2))
