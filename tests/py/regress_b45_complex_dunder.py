# Regression: complex() uses __complex__
class C:
    def __complex__(self): return 1+2j
print(complex(C()))
