# format-spec mini-language on floats
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 2.5, 1e16, 1.5e-7, 123456.789, -0.000123, 1e100, 1/3, 0.1, 100.0, 1e-5, 999999.5, 0.5, 12345678901234567.0]
specs = ["", "f", ".0f", ".1f", ".10f", "e", ".0e", ".3E", "g", ".0g", ".1g", ".3g", ".10g", "G", "#g", "#.3g", "#.0f", "#.0e",
         "%", ".0%", ".2%", "10.2f", "<10.2f", "^12.3e", "+.2f", " .2f", "010.2f", "+010.1f", "0=+12.3f", ",.2f", "_.3f", ",", ",g", "n", ".3n", "r" if False else "F", ".2F", "15", "<15", "*>15.4g", "z.1f", "z.0f"]
for v in vals:
    row = []
    for s in specs:
        try:
            r = format(v, s)
        except Exception as e:
            r = type(e).__name__ + ":" + str(e)
        row.append(f"[{s}]={r}")
    print(repr(v), " ".join(row))
inf = float("inf"); nan = float("nan")
for v in [inf, -inf, nan]:
    print([format(v, s) for s in ["", "f", ".2f", "e", "g", "%", "10f", "<10", "010f", "+f", "F", "E", "G", "#g", ",.2f"]])
