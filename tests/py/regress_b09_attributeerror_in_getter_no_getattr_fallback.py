# Regression: an AttributeError from a property getter falls back to __getattr__
class PA:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "getattr:" + n
print(PA().broken)
