# Round-robin task scheduler using generators
def task(name, steps):
    for i in range(1, steps + 1):
        yield f"{name} step {i}/{steps}"
    return f"{name} finished"
class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen))
    def run(self):
        tick = 0
        while self.ready:
            name, gen = self.ready.pop(0)
            try:
                msg = next(gen)
                print(f"[{tick:02d}] {msg}")
                self.ready.append((name, gen))
            except StopIteration as stop:
                self.results[name] = stop.value
            tick += 1
        return self.results
s = Scheduler()
s.spawn("A", task("A", 3))
s.spawn("B", task("B", 1))
s.spawn("C", task("C", 2))
print(s.run())
