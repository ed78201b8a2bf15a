# Regression: generators left suspended in the globals never ran their finally / GeneratorExit handler at the program's end (CPython's shutdown closes them)
def read_lines():
    print("opening")
    try:
        for line in ["a", "b", "c"]:
            yield line
    finally:
        print("closing")
r = read_lines()
print(next(r))
print(next(r))
def watcher():
    try:
        while True:
            x = yield
            print("got", x)
    except GeneratorExit:
        print("watcher exiting")
w = watcher()
next(w)
w.send(1)
def source():
    try:
        yield from range(10)
    finally:
        print("source closed")
def doubled(src):
    try:
        for x in src:
            yield x * 2
    finally:
        print("doubled closed")
p = doubled(source())
print(next(p), next(p))
finished = read_lines()
print(list(finished))
never_started = read_lines()
print("end of program")
