# Regression: float + int-subclass is float's; bool + int-subclass is int's
class I(int):
    def __radd__(self, o): return "I.__radd__"
print(2.5 + I(1), True + I(1))
