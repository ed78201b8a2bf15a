# Regression: cell.cell_contents can be assigned and deleted
def mk():
    v = 1

    def get():
        return v

    def put(x):
        nonlocal v
        v = x

    return get, put


get, put = mk()
cell = get.__closure__[0]
cell.cell_contents = 42
print(get(), cell.cell_contents)
put(7)
print(cell.cell_contents)
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError", e)
try:
    get()
except NameError as e:
    print(type(e).__name__, e)
del cell.cell_contents
print("deleting an empty cell is allowed")
cell.cell_contents = [1, 2]
print(get())
put("back")
print(get(), cell.cell_contents)
try:
    cell.other = 1
except AttributeError as e:
    print("AttributeError", e)
