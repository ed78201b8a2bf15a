# Abstract-style base classes without abc, template methods
class Report:
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return f"== {self.title} =="
    def footer(self):
        return "=" * (len(self.title) + 6)
class Sales(Report):
    title = "Sales"
    def __init__(self, rows):
        self.rows = rows
    def body(self):
        return [f"{k:<6}{v:>5}" for k, v in self.rows]
print(Sales([("north", 10), ("south", 250)]).render())
class Base:
    def __init__(self):
        self.log = []
        self.setup()
    def setup(self):
        self.log.append("base")
class Child(Base):
    def setup(self):
        super().setup()
        self.log.append("child")
print(Child().log)
