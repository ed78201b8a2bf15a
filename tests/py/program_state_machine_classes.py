# state machine with classes and dispatch
class State:
    name = "base"
    def on_event(self, machine, event):
        handler = getattr(self, "on_" + event, None)
        if handler is None:
            raise ValueError(f"{self.name}: unexpected event {event!r}")
        return handler(machine)
    def __repr__(self): return f"<{type(self).__name__}>"
    def __eq__(self, other): return type(self) is type(other)
    def __hash__(self): return hash(type(self).__name__)
class Idle(State):
    name = "idle"
    def on_coin(self, m):
        m.credit += 1
        return Ready()
class Ready(State):
    name = "ready"
    def on_coin(self, m):
        m.credit += 1
        return self
    def on_push(self, m):
        m.credit -= 1
        m.served += 1
        return Ready() if m.credit else Idle()
    def on_refund(self, m):
        m.refunded += m.credit
        m.credit = 0
        return Idle()
class Broken(State):
    name = "broken"
    def on_event(self, machine, event):
        if event == "fix":
            return Idle()
        return self
class Machine:
    def __init__(self):
        self.state = Idle()
        self.credit = self.served = self.refunded = 0
        self.trace = []
        self.visits = {}
    def feed(self, events):
        for ev in events:
            old = self.state
            try:
                self.state = self.state.on_event(self, ev)
            except ValueError as e:
                self.trace.append(f"error: {e}")
                self.state = Broken()
            self.visits[self.state] = self.visits.get(self.state, 0) + 1
            self.trace.append(f"{old.name} --{ev}--> {self.state.name}")
        return self
m = Machine().feed(["coin", "push", "coin", "coin", "push", "refund", "push", "coin", "fix", "kick", "fix", "coin", "push"])
for t in m.trace: print(t)
print(m.credit, m.served, m.refunded, m.state)
print(sorted((k.name, v) for k, v in m.visits.items()))
print(Idle() == Idle(), Idle() == Ready(), Idle() in [Ready(), Idle()])
