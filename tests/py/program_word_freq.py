# Text processing: word frequency report with normalisation and alignment
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
def normalise(word):
    return "".join(c for c in word.lower() if c.isalpha())
counts = {}
for raw in text.split():
    w = normalise(raw)
    if w:
        counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:<{width}} {n:>3} {'#' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
lines = text.split("\n")
for i, line in enumerate(lines, 1):
    print(f"{i:02d} {len(line.split()):2d} words, {len(line):3d} chars")
