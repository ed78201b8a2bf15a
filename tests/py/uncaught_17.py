# expect-error: TypeError: greet() missing 1 required positional argument: 'name'
def greet(name, punctuation="!"):
    return "hi " + name + punctuation
print(greet("a"))
print(greet())
