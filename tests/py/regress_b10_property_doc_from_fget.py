# Regression: property __doc__ defaults to the getter's docstring
class T:
    @property
    def a(self):
        """doc a"""
        return 1
print(T.a.__doc__)
