# grouping with zero padding and alignment
vals = [0, 7, -7, 999, 1000, -1000, 12345, -123456, 1234567, 10**9, -(10**12), 0.5, -1234.5678, 1e6, 12345678.9]
specs = [",", "_", "08,", "09,", "010,", "011_", "012,.2f", "-012,.1f", "+013,", " 010,", "_>12,", "*<12,", "^14,", "=12,", "=+12_", "015,.3e", "015,g", "020,%", "0=12,", "010_d"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("E:" + str(e))
    print(repr(v), out)
for s in ["x", "X", "o", "b"]:
    print(s, [format(v, "_" + s) for v in [0, 255, -65535, 2**40]], [format(v, "012_" + s) for v in [255, -65535]], [format(v, "#012_" + s) for v in [255, -65535]])
for bad in [",x", ",b", ",o", ",c", ",s", "_s", ",n", "_n"]:
    try:
        print(bad, format(255, bad))
    except ValueError as e:
        print(bad, "ValueError", e)
