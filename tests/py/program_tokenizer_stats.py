# Source-code-like tokenizer and statistics
src = """def add(a, b):
    return a + b  # sum
x = add(10, 32)
print(x * 2)
"""
KEYWORDS = {"def", "return", "if", "else", "for", "while"}
def tokens(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "#":
            while i < len(text) and text[i] != "\n":
                i += 1
        elif ch.isspace():
            i += 1
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            yield ("kw" if word in KEYWORDS else "name", word)
            i = j
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("num", int(text[i:j]))
            i = j
        else:
            yield ("op", ch)
            i += 1
toks = list(tokens(src))
print(len(toks))
kinds = {}
for k, v in toks:
    kinds.setdefault(k, []).append(v)
for k in sorted(kinds):
    print(k, kinds[k])
print(sum(v for k, v in toks if k == "num"))
