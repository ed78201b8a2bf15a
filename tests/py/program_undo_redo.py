# command pattern with undo/redo
class Command:
    def do(self, doc): raise NotImplementedError
    def undo(self, doc): raise NotImplementedError
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({args})"
class Insert(Command):
    def __init__(self, pos, text): self.pos, self.text = pos, text
    def do(self, doc): doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]
    def undo(self, doc): doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]
class Delete(Command):
    def __init__(self, pos, n):
        self.pos, self.n = pos, n
        self._removed = None
    def do(self, doc):
        self._removed = doc.text[self.pos:self.pos + self.n]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.n:]
    def undo(self, doc): doc.text = doc.text[:self.pos] + self._removed + doc.text[self.pos:]
class Macro(Command):
    def __init__(self, *cmds): self.cmds = list(cmds)
    def do(self, doc):
        for c in self.cmds: c.do(doc)
    def undo(self, doc):
        for c in reversed(self.cmds): c.undo(doc)
class NothingToUndo(Exception): pass
class Document:
    def __init__(self, text=""):
        self.text = text
        self._undo, self._redo = [], []
    def run(self, cmd):
        cmd.do(self)
        self._undo.append(cmd)
        self._redo.clear()
        return self
    def undo(self):
        if not self._undo:
            raise NothingToUndo("undo stack empty")
        cmd = self._undo.pop()
        cmd.undo(self)
        self._redo.append(cmd)
        return self
    def redo(self):
        if not self._redo:
            raise NothingToUndo("redo stack empty")
        cmd = self._redo.pop()
        cmd.do(self)
        self._undo.append(cmd)
        return self
    def __str__(self): return f"[{self.text}]"
d = Document("hello")
d.run(Insert(5, " world")).run(Delete(0, 1)).run(Insert(0, "J"))
print(d, d._undo)
d.undo(); print(d)
d.undo(); print(d)
d.redo(); print(d)
d.run(Macro(Insert(0, ">> "), Insert(3, "!"), Delete(4, 4)))
print(d)
d.undo(); print(d)
try:
    d.redo().redo().redo()
except NothingToUndo as e:
    print("error:", e, "|", d)
while True:
    try:
        d.undo()
    except NothingToUndo:
        break
print(d, len(d._redo))
try:
    Command().do(d)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
