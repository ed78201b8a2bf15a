# pipelines of generators, coroutines as consumers
def read(lines):
    for ln in lines:
        yield ln
def strip_comments(src):
    for ln in src:
        ln = ln.split("#", 1)[0].strip()
        if ln:
            yield ln
def parse(src):
    for ln in src:
        key, _, val = ln.partition("=")
        yield key.strip(), val.strip()
def typed(src):
    for k, v in src:
        if v.isdigit():
            v = int(v)
        elif v.lower() in ("true", "false"):
            v = v.lower() == "true"
        yield k, v
text = """
# config
name = demo
port = 8080   # default
debug = True

retries=3
empty =
"""
print(dict(typed(parse(strip_comments(read(text.splitlines()))))))
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def collector(out):
    try:
        while True:
            item = yield
            out.append(item.upper())
    except GeneratorExit:
        out.append("<closed>")
res = []
sink = collector(res)
g = grep("py", sink)
for w in ["python", "java", "pypy", "c"]:
    g.send(w)
g.close(); sink.close()
print(res)
def averager():
    total = n = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term; n += 1
        avg = total / n
    return (n, avg)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
def run():
    data = {"a": [1, 2, 3], "b": [10, 20]}
    results = {}
    for key, values in data.items():
        grp = grouper(results, key)
        next(grp)
        for v in values:
            grp.send(v)
        grp.send(None)
    return results
print(run())
def windowed(it, n):
    win = []
    for x in it:
        win.append(x)
        if len(win) > n:
            win.pop(0)
        if len(win) == n:
            yield tuple(win)
print(list(windowed(range(6), 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], (x for x in "XYZW"))))
def send_gen():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
sg = send_gen()
print([next(sg)] + [sg.send(c) for c in "xyz"])
