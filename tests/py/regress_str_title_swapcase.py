# Regression: str.title() and str.swapcase() of ASCII strings built from their units, and of others
for s in ["!Hello World, hello world, HELLO!", "", "a", "they're bill's friends", "hELLO123abc DEF_ghi", "x" * 5000, "ÉCOLE école", "ab\u00dfcd"]:
    print(len(s), s.title()[:60], s.swapcase()[:60], s.title() == s.swapcase().swapcase().title())
