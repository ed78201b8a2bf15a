# expect-error: ValueError: invalid literal for int() with base 10: 'forty-two'
values = ["1", "2", "forty-two"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
