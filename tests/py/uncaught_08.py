# expect-error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
items = [1, 2, "3", 4]
acc = 0
for it in items:
    acc = acc + it
    print(acc)
