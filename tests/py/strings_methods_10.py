# Character counting and frequency without collections
text = "the rain in spain falls mainly on the plain"
freq = {}
for ch in text:
    if ch != " ":
        freq[ch] = freq.get(ch, 0) + 1
for ch, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(ch, n)
words = text.split()
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, lengths[k])
print(max(words, key=len), min(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
