# An event dispatcher with subscribers, priorities, and once-handlers
class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, event, priority=0, once=False):
        def deco(fn):
            self.handlers.setdefault(event, []).append((priority, once, fn))
            self.handlers[event].sort(key=lambda h: -h[0])
            return fn
        return deco
    def emit(self, event, *args):
        results = []
        for h in list(self.handlers.get(event, [])):
            prio, once, fn = h
            results.append(fn(*args))
            if once:
                self.handlers[event].remove(h)
        return results
bus = Dispatcher()
@bus.on("greet")
def hello(name):
    return f"hello {name}"
@bus.on("greet", priority=10)
def urgent(name):
    return f"URGENT {name.upper()}"
@bus.on("greet", priority=5, once=True)
def first_time(name):
    return f"first time {name}"
print(bus.emit("greet", "ann"))
print(bus.emit("greet", "bob"))
print(bus.emit("nothing"))
print(hello("direct"))
