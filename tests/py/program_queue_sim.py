# A deterministic queue simulation with a linear congruential generator
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(42)
queue = []
served = []
clock = 0
for tick in range(30):
    if rng.randint(0, 2) == 0:
        queue.append((tick, rng.randint(1, 3)))
    if queue and clock <= tick:
        arrived, duration = queue.pop(0)
        served.append((arrived, tick, duration))
        clock = tick + duration
waits = [start - arr for arr, start, _ in served]
print("served", len(served), "left", len(queue))
print("waits", waits)
print("max wait", max(waits, default=0), "avg", round(sum(waits) / len(waits), 3) if waits else 0)
print([rng.randint(1, 6) for _ in range(10)])
