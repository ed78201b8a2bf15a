# global and nonlocal interplay
g = 0
def bump():
    global g
    g += 1
bump(); bump()
print(g)
def set_new_global():
    global created
    created = "made in function"
set_new_global()
print(created)
x = "global x"
def shadow():
    x = "local x"
    def inner():
        return x
    return inner()
print(shadow(), x)
def reader():
    return x.upper()
print(reader())
def outer():
    v = "outer"
    def change():
        nonlocal v
        v = "changed"
    change()
    return v
print(outer())
def make():
    items = []
    def add(i):
        items.append(i)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = make()
add("a"); add("b")
print(get())
