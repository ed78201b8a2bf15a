# text wrapping, justification and centering by hand
TEXT = ("Python is an easy to learn, powerful programming language. It has efficient high-level data structures "
        "and a simple but effective approach to object-oriented programming. Python's elegant syntax and dynamic typing, "
        "together with its interpreted nature, make it an ideal language for scripting and rapid application development.")
def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1: return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (1 if i < r else 0)) for i, w in enumerate(words[:-1])) + words[-1]
for width in (30, 45):
    lines = wrap(TEXT, width)
    print("+" + "-" * (width + 2) + "+")
    for i, ws in enumerate(lines):
        body = justify(ws, width) if i < len(lines) - 1 else " ".join(ws).ljust(width)
        print(f"| {body} |")
    print("+" + "-" * (width + 2) + "+")
for ws in wrap(TEXT, 40)[:4]:
    line = " ".join(ws)
    print(f"[{line:^40}]", f"[{line:>40}]"[-12:], line.center(42, "~")[:10])
sentences = [s.strip() for s in TEXT.replace("!", ".").split(".") if s.strip()]
for s in sentences:
    words_ = s.split()
    print(f"{len(words_):2d} words, {len(s):3d} chars, avg {sum(map(len, words_)) / len(words_):.2f}: {s[:30]!r}...")
print(TEXT.title()[:60])
print(TEXT.swapcase()[:60])
print(" ".join(w[::-1] for w in TEXT.split()[:8]))
print(" ".join(w.capitalize() for w in TEXT.lower().split()[:8]))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCaseString"[0].lower() + "".join("_" + c.lower() if c.isupper() else c for c in "CamelCaseString"[1:]))
