# expect-error: SyntaxError: name '__x' is assigned to before global declaration
# Regression: a mangled local assigned before 'global' was reported as used (the SyntaxError names it as written)
class C:
    def f(self):
        __x = 1
        global __x
