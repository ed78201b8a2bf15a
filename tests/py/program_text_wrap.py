# Word wrapping and justification without textwrap
def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]
text = "The quick brown fox jumps over the lazy dog and keeps running far away into the dark forest"
for width in (20, 32):
    ls = wrap(text, width)
    for l in ls[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + " ".join(ls[-1]).ljust(width) + "|")
    print()
print("\n".join(line.center(30, ".") for line in ["title", "sub title"]))
