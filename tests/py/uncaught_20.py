# expect-error: ValueError: not enough values to unpack (expected 3, got 2)
def parse(line):
    name, qty, price = line.split(",")
    return name, int(qty), float(price)
print(parse("apple,3,1.5"))
print(parse("pear,2"))
