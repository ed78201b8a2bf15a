# format-spec on strings and errors
words = ["", "a", "hello", "héllo", "日本語", "longer string here"]
specs = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", "-<8", "=>8", ".3", "10.3", ">10.2s", "^1", ".0", "_^7", "0>6"]
for w in words:
    print(repr(w), [format(w, s) for s in specs])
bad = [("abc", "d"), ("abc", "="), ("abc", "+"), ("abc", ","), (3, "s"), (3.5, "d"), (3.5, "x"), (3, ".2d"), (3, "z"), (True, "s"), ("x", "#"), (1, ",_"), (1, "_,"), (1.5, "c"), (5, "=^"), ("abc", "0<5"), (1, "<<5"), (2, ".f"), (1, "Z"), ("s", "c")]
for v, s in bad:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
print(format(True), format(True, "d"), format(False, ">5"), format(True, "^7"), format(True, "x"), format(True, ".2f"))
print(format(None, ""), format([1, 2], ""), format((1,), ""))
try:
    format(None, ">5")
except TypeError as e:
    print("TypeError", e)
try:
    format([1], "^10")
except TypeError as e:
    print("TypeError", e)
