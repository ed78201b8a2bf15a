# format-spec mini-language on ints
vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 10**12]
specs = ["", "d", "5d", "<5d", ">5d", "^5d", "*^9d", "+d", " d", "-d", "05d", "+06d",
         "x", "X", "#x", "#X", "#o", "o", "b", "#b", "08b", "#010b", ",", "_", "_x", "_b",
         "_o", ",d", "12,d", "=+10d", "0=10d", "c", "n", "e", ".2e", "f", ".3f", "g", "%", ".1%",
         "#_x", "x<10", "-^12,", "+#x", " #o"]
for v in vals:
    row = []
    for s in specs:
        try:
            if s == "c" and (v < 0 or v > 1000):
                r = "skip"
            else:
                r = format(v, s)
        except Exception as e:
            r = type(e).__name__ + ":" + str(e)
        row.append(f"[{s}]={r!r}")
    print(v, " ".join(row))
