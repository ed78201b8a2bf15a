# str.format with format_map and nested fields
data = {"user": "ann", "n": 3}
print("{user} has {n} items".format_map(data))
print("{0:{fill}{align}{width}}".format("x", fill="-", align="^", width=9))
print("{:.{}f}".format(2.71828, 2))
for align in "<^>":
    print("[{:{}10}]".format("mid", align))
print("{0}{0}{0}".format("ab"))
print("{:e}".format(12345.678))
print("{:%}".format(0.256))
print("{:g} {:g} {:g}".format(0.00001, 1000000, 1e6 + 0.5))
