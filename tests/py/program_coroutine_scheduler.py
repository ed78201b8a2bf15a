# generator-based event simulation (scheduler of coroutines)
class Task:
    _ids = 0
    def __init__(self, name, gen):
        Task._ids += 1
        self.id = Task._ids
        self.name = name
        self.gen = gen
        self.wake = 0
        self.result = None
    def __repr__(self): return f"Task({self.id}, {self.name!r})"
    def __lt__(self, other): return (self.wake, self.id) < (other.wake, other.id)
class Sleep:
    def __init__(self, t): self.t = t
class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.log = []
    def spawn(self, name, gen):
        t = Task(name, gen)
        self.ready.append(t)
        return t
    def run(self):
        while self.ready:
            self.ready.sort()
            task = self.ready.pop(0)
            self.now = max(self.now, task.wake)
            try:
                cmd = task.gen.send(None) if task.result is None else task.gen.send(task.result)
            except StopIteration as e:
                self.log.append(f"t={self.now} {task.name} finished -> {e.value}")
                continue
            except Exception as e:
                self.log.append(f"t={self.now} {task.name} crashed: {type(e).__name__}: {e}")
                continue
            if isinstance(cmd, Sleep):
                task.wake = self.now + cmd.t
                task.result = None
            else:
                task.result = f"echo:{cmd}"
                task.wake = self.now
            self.ready.append(task)
def worker(name, delays):
    total = 0
    for d in delays:
        yield Sleep(d)
        total += d
        reply = yield f"{name}@{total}"
        sched.log.append(f"  {name} got {reply}")
    return total
def crasher():
    yield Sleep(3)
    raise ValueError("boom")
sched = Scheduler()
sched.spawn("A", worker("A", [2, 2, 2]))
sched.spawn("B", worker("B", [1, 5]))
sched.spawn("C", crasher())
sched.run()
for line in sched.log: print(line)
print("end time", sched.now)
