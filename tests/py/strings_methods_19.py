# Numeric string predicates and conversions for unicode digits
for s in ["123", "١٢٣", "½", "²", "Ⅻ", "12.5", "-1", " 1", "0x1"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric())
print(int("١٢٣"), float("١.٥"))
print(str(42).zfill(6), str(-42).rjust(6, "0"), "{:06}".format(-42))
