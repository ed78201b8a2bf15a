# Regression: bytes subclasses support len, indexing and concatenation
class B(bytes): pass
b = B(b"abc")
print(len(b), b[0], b + b"y")
