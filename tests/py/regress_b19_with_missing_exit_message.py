# Regression: the with-statement error for a missing __exit__ says so
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
