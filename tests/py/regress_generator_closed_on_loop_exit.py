# Regression: a generator made for a for loop is closed (its finally runs) when break, return or an exception leaves the loop, innermost first; one kept elsewhere stays open
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for x in gen("break"):
    print(x)
    break
print("after break")

def first():
    for x in gen("return"):
        return x
print(first(), "after return")

g = gen("kept")
for x in g:
    break
print("kept open:", next(g))
for x in g:
    pass
print("done kept")

def outer():
    for i in range(3):
        for x in gen("nested" + str(i)):
            if i == 1:
                return i
            break
    return -1
print(outer())

class Box:
    def __init__(self): self.g = gen("attr")
    def it(self): return self.g
b = Box()
for x in b.it():
    break
print("box next:", next(b.g))
b.g.close()

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
try:
    for x in ignores():
        break
except RuntimeError as e:
    print("RuntimeError", e)

def loop_else():
    for x in gen("exhaust"):
        pass
    else:
        print("else ran")
loop_else()
for i in range(3):
    if i == 1: break
print("range break ok", i)
try:
    for x in gen("raise"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
def deep():
    for x in gen("deep"):
        for y in gen("deeper"):
            raise KeyError("k")
try:
    deep()
except KeyError as e:
    print("caught deep", e)
def genexp_loop():
    total = 0
    for v in (i * i for i in range(10)):
        if v > 10: break
        total += v
    return total
print(genexp_loop())
