# Regression: staticmethod objects are callable
class C:
    @staticmethod
    def f(): return 1
print(callable(C.__dict__["f"]))
