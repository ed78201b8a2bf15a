# Regression: complex numbers equal and hash like the equal int
print(1 == 1 + 0j, 1 + 0j == 1, 0 == 0j, 0j == False, 1 in [1 + 0j], {1: "a"}.get(1 + 0j))
