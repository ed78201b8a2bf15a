# Global statement, module-level names, shadowing builtins locally
counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(3):
    increment()
print(counter)
def use_len():
    len = lambda x: "shadowed"
    return len([1, 2])
print(use_len(), len([1, 2]))
total = 100
def read_total():
    return total
def shadow_total():
    total = 5
    return total
print(read_total(), shadow_total(), total)
def declare_many():
    global a1, a2
    a1, a2 = "one", "two"
declare_many()
print(a1, a2)
def nested_global():
    def inner():
        global counter
        counter = -1
    inner()
nested_global()
print(counter)
