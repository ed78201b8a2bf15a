# expect-error: AttributeError: 'K' object has no attribute '__v'
# Regression: private names are mangled inside classes
class K:
    def __init__(self):
        self.__v = 9
k = K()
print(list(k.__dict__))
print(k._K__v)
print(k.__v)
