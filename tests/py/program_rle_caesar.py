def rle_encode(s):
    if not s: return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev: n += 1
        else: out.append(f"{n}{prev}" if n > 1 else prev); prev, n = ch, 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit(): num += ch
        else: out.append(ch * int(num or 1)); num = ""
    return "".join(out)
for s in ["", "a", "aaabccddddd", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "zzzzzzzzzzzz!"]:
    e = rle_encode(s)
    print(repr(s[:20]), "->", e, rle_decode(e) == s, f"{len(e) / max(len(s), 1):.0%}")
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000: raise ValueError(f"out of range: {n}")
    out = []
    for v, sym in ROMAN:
        q, n = divmod(n, v)
        out.append(sym * q)
    return "".join(out)
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:>5} {r:<16}{from_roman(r):>5}")
for bad in [0, 4000, -1]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
def caesar(s, k):
    return s.translate(str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "".join(chr((i + k) % 26 + 97) for i in range(26)) + "".join(chr((i + k) % 26 + 65) for i in range(26))))
msg = "The Quick Brown Fox, 123!"
enc = caesar(msg, 3); print(enc, caesar(enc, -3), caesar(msg, 13) == caesar(caesar(msg, 13), 0))
def vowels_count(s): return {v: s.lower().count(v) for v in "aeiou"}
print(vowels_count(msg), msg.swapcase(), msg[::-1].title(), msg.casefold().split(", "))
