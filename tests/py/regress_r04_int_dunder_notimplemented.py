# Regression: explicit int dunders return NotImplemented for other types; __invert__, 3-argument __pow__
print((5).__add__(1.5), (3).__mul__("a"), (1).__lt__(2.5), (3).__floordiv__(2.0), (3).__rmul__("a"))
print((2).__pow__(3, 5), (1).__invert__())
