# isX predicates
samples = ["", "abc", "ABC", "aBc", "123", "12.3", "-1", "½", "²", "٣", "Ⅷ", " ", "\t\n", "a b", "abc123", "_id", "id_1", "1id", "class", "é", "日本", "\x00", "\u00a0", "\u2003", "aé1", "Σ", "ǅ", "A1 B2"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(repr(s).ljust(10), " ".join("T" if getattr(s, p)() else "." for p in preds))
