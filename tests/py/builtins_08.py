# int()/float()/str() on edge inputs and numeric string formats
for s in ["0", "-0", "007", "1_0", "  42\n", "+3"]:
    print(repr(s), int(s))
for s, base in [("11", 2), ("zz", 36), ("0b11", 0), ("0o17", 0), ("0x1f", 0), ("-ff", 16), ("Z", 36), ("0", 0)]:
    print(s, base, int(s, base))
for s in ["1.5", "-1e3", "1e-3", "  .5  ", "5.", "1_000.000_1", "-inf", "+1.0"]:
    print(repr(s), float(s))
print(str(12), str(-1.5), str(1e20), str(1e-20), str(123456789.0))
