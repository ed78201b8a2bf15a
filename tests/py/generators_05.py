# Generator pipelines and generator expressions
def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for l in lines:
        l = l.split("#")[0].strip()
        if l:
            yield l
def parse_kv(lines):
    for l in lines:
        k, _, v = l.partition("=")
        yield k.strip(), v.strip()
cfg = """
# config
name = demo
size = 10   # inline
  # only comment
mode=fast
"""
print(dict(parse_kv(strip_comments(read_lines(cfg)))))
squares = (i * i for i in range(10))
evens = (s for s in squares if s % 2 == 0)
print(list(evens))
g = (c for c in "hello")
print("".join(g), "".join(g))
nums = [3, 1, 4, 1, 5]
print(sum(x for x in nums if x > 1), max((x for x in nums), default=0), min((x for x in []), default="empty"))
