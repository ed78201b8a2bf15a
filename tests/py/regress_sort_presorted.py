# sorted() and list.sort() on inputs already in order, in reverse order, all equal, or in order
# but for one item, for ints and strs, with and without reverse=True; and strs whose code-unit
# order differs from their code-point order (astral characters).
def show(label, xs):
    print(label, sorted(xs), sorted(xs, reverse=True), xs == sorted(sorted(xs)))

show("asc", list(range(10)))
show("desc", list(range(10, 0, -1)))
show("equal", [7] * 6)
show("plateaus", [1, 1, 2, 2, 3, 3])
show("desc-plateaus", [3, 3, 2, 2, 1, 1])
show("one-off-end", [1, 2, 3, 4, 0])
show("one-off-start", [5, 1, 2, 3, 4])
show("neg", [-5, -3, -3, 0, 2**40, 2**52])
show("strs", ["a", "ab", "abc", "b", "ba"])
show("strs-desc", ["z", "y", "x", "b", "a", ""])
show("astral", ["\uffff", "\U0001F600", "\U0001F601"])
show("astral-desc", ["\U0001F601", "\U0001F600", "\uffff", "a"])
show("astral-cu-asc", ["\U0001F600", "\uffff"])
big = list(range(100000))
print(sorted(big)[:3], sorted(big, reverse=True)[:3], sorted(big[::-1])[-3:])
a = list(range(20, 0, -2)); a.sort(); print(a)
a = list(range(20, 0, -2)); a.sort(reverse=True); print(a)
a = ["b", "a"]; a.sort(); print(a)
words = ["w%05d" % i for i in range(5000)]
print(sorted(words) == words, sorted(words, reverse=True)[:2], sorted(reversed(words))[:2])
