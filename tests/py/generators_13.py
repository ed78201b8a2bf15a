# Generators with try/finally and return inside, close semantics and return value of close
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally")
gen = g1()
print(next(gen))
print(gen.close())
print(list(gen))
def g2():
    try:
        yield "a"
        return "returned"
    finally:
        print("g2 finally")
gen = g2()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("stop value:", e.value)
def g3():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
for v in g3():
    print("value", v)
