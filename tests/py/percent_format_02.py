# %-formatting with dict, widths, precision, and bytes
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for r in rows:
    print("%-8s|%4d|%7.3f|" % r)
print("%(a)s %(b)05.1f %(a)r" % {"a": "x", "b": 2.25})
print("%5s|%-5s|%.1s|" % ("ab", "cd", "ef"))
print("%3d%%" % 50, "%x" % 255, "%#X" % 255, "%o" % 8, "%e" % 12345.6789)
print("%s %s" % ([1], (2,)), "%s" % ((1, 2),), "%d" % True, "%.2f" % 1)
print(b"%d-%s" % (5, b"x"), b"%5.1f" % 2.25)
print("%10.4f|%-10.2e|%+.3g" % (3.14159, 31415.9, 0.000123456))
