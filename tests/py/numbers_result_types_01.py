# result types of mixed arithmetic
exprs = [("True & False", True & False), ("True | 0", True | 0), ("True ^ True", True ^ True), ("~False", ~False), ("True + True", True + True), ("-False", -False),
         ("abs(True)", abs(True)), ("True * 1.0", True * 1.0), ("True / True", True / True), ("True // True", True // True), ("True % 2", True % 2), ("True ** 2", True ** 2),
         ("divmod(True, 1)", divmod(True, 1)), ("round(True)", round(True)), ("int(True)", int(True)), ("float(False)", float(False)), ("max(True, 0)", max(True, 0)),
         ("min(1, True)", min(1, True)), ("sum([True, False])", sum([True, False])), ("pow(True, 5)", pow(True, 5)), ("3 // 1.0", 3 // 1.0), ("7 % 7.0", 7 % 7.0), ("2 ** 2", 2 ** 2),
         ("2 ** -2", 2 ** -2), ("4 / 2", 4 / 2), ("round(2.5)", round(2.5)), ("round(2.5, 0)", round(2.5, 0)), ("round(25, -1)", round(25, -1)), ("abs(-0)", abs(-0)), ("+True", +True),
         ("True << 3", True << 3), ("False >> 1", False >> 1), ("True == 1.0", True == 1.0), ("hash(True)", hash(True)), ("(True, False) < (True, True)", (True, False) < (True, True)),
         ("int('7') + True", int("7") + True), ("[True] * 2", [True] * 2), ("'ab' * True", "ab" * True), ("[1,2,3][True]", [1, 2, 3][True]), ("bool(0.0)", bool(0.0)), ("bool(-0.0)", bool(-0.0)),
         ("bool('0')", bool("0")), ("bool([])", bool([])), ("bool(0j)", bool(0j)), ("not 0", not 0), ("1 and 2", 1 and 2), ("0 or ''", 0 or ""), ("None or 0", None or 0), ("[] and x", [] and "x"),
         ("1 < 2 < 3", 1 < 2 < 3), ("3 > 2 > 2", 3 > 2 > 2), ("1 == 1.0 == True", 1 == 1.0 == True), ("(1 < 2) + 1", (1 < 2) + 1), ("isinstance(True, int)", isinstance(True, int)),
         ("True is 1 == 1", (True is True) == 1), ("int.__name__", int.__name__), ("type(1 == 1)", type(1 == 1)), ("type(1 + 1.0)", type(1 + 1.0)), ("type(2 ** 0.5)", type(2 ** 0.5))]
for src, v in exprs:
    print(f"{src:<32} {v!r:<12} {type(v).__name__}")
