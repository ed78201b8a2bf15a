# with statement and return/break inside, exit always called
class Log:
    def __init__(self, label, log):
        self.label = label
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.label)
        return self
    def __exit__(self, *exc):
        self.log.append("exit " + self.label)
log = []
def use():
    with Log("fn", log):
        return "returned"
print(use(), log)
log.clear()
for i in range(3):
    with Log(str(i), log):
        if i == 1:
            break
print(log)
log.clear()
for i in range(2):
    with Log(str(i), log):
        continue
print(log)
class Transaction:
    def __init__(self):
        self.committed = False
        self.ops = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            self.committed = True
        else:
            self.ops.clear()
        return True
t = Transaction()
with t:
    t.ops.append("write")
print(t.committed, t.ops)
t2 = Transaction()
with t2:
    t2.ops.append("write")
    raise RuntimeError
print(t2.committed, t2.ops)
