# Regression: int dunders called directly, including pow with a modulus
print((5).__add__(1.5), (3).__lt__(4.5), (2).__mul__("ab"))
print((1).__ge__(True), (2).__pow__(3, 5))
class N(int):
    def __pow__(self, e, m=None):
        return super().__pow__(e, m)
print(pow(N(2), 3, 5))
