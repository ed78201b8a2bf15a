# Generators and try/finally, close() triggering GeneratorExit
def resource():
    print("open")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("close")
g = resource()
print(next(g))
g.close()
print("---")
for x in resource():
    print("got", x)
print("---")
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
