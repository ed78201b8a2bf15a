text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
counts = {}
for raw in text.split():
    w = raw.strip(".,;:!?\"'").lower()
    if w:
        counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
longest = max(len(w) for w in counts)
total = sum(counts.values())
print(f"{'word':<{longest}} | {'n':>3} | {'share':>6} | bar")
print(f"{'-' * longest}-+-----+--------+-----")
for w, n in ranked[:12]:
    print(f"{w:<{longest}} | {n:>3} | {n / total:>6.1%} | {'#' * n}")
print(f"{len(counts)} distinct words, {total} total; top: {ranked[0][0]!r}")
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for L in sorted(by_len):
    print(f"{L:2d}: {', '.join(sorted(by_len[L]))}")
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(" ".join(f"{c}{n}" for c, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:8]))
caps = [w for w in text.replace(",", " ").split() if w[0].isupper()]
print(caps, text.count("it was"), text.lower().count("it was"), text.find("Light"), text.rfind("of"))
