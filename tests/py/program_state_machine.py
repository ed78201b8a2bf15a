# Class-based state machine: a traffic light and a vending machine
class State:
    name = "state"
    def on(self, machine, event):
        return self
class Idle(State):
    name = "idle"
    def on(self, m, event):
        if event == "coin":
            m.credit += 1
            return HasCredit()
        return self
class HasCredit(State):
    name = "credit"
    def on(self, m, event):
        if event == "coin":
            m.credit += 1
        elif event == "push" and m.credit >= 2:
            m.credit -= 2
            m.dispensed += 1
            return HasCredit() if m.credit else Idle()
        elif event == "refund":
            m.refunded += m.credit
            m.credit = 0
            return Idle()
        return self
class Machine:
    def __init__(self):
        self.state = Idle()
        self.credit = self.dispensed = self.refunded = 0
    def feed(self, events):
        for e in events:
            before = self.state.name
            self.state = self.state.on(self, e)
            print(f"{e:>6}: {before:>6} -> {self.state.name:<6} credit={self.credit}")
m = Machine()
m.feed(["push", "coin", "push", "coin", "push", "coin", "coin", "coin", "push", "refund"])
print("dispensed", m.dispensed, "refunded", m.refunded)
LIGHTS = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
light, t, log = "red", 0, []
while t < 20:
    nxt, dur = LIGHTS[light]
    log.append(f"{t}:{light}")
    t += dur
    light = nxt
print(" ".join(log))
