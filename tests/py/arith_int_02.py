# divmod and sign rules for floor division and modulo
for a in (17, -17):
    for b in (5, -5):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
print(divmod(0, 3))
print(divmod(9, 3))
print(divmod(-9, 3))
print(divmod(1, 1000))
print(divmod(-1, 1000))
print(divmod(12345678901234567890, 97))
print(divmod(-12345678901234567890, 97))
