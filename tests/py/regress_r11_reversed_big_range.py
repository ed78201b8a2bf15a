# Regression: reversed() of huge ranges is lazy
print(next(reversed(range(10**8))), next(reversed(range(0, 10**12, 7))))
