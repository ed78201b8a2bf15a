# Hot builtins called with direct entries (no argument array) must behave exactly like the generic path.
class L(list): pass
l = L([1]); l.append(2); print(l, l.pop(), l)
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 5), d.get("a", 5))
try:
    d.get([1])
except TypeError as e: print(e)
try:
    [].pop()
except IndexError as e: print(e)
print(",".join(["a", "b"]), "x".join([]), "abc".startswith("ab"), "abc".endswith("bc"), "a😀".endswith("😀"))
try:
    ",".join([1])
except TypeError as e: print(e)
try:
    "a".startswith(1)
except TypeError as e: print(e)
print(len("a😀"), ord("a"), ord("😀"), len([1,2]), len({1:2}))
try: ord("ab")
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
print("abc".startswith(("x", "a")))
