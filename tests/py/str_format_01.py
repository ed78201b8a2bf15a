# str.format: positional, keyword, index, attribute access
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]}".format(["x", "y"]))
print("{d[key]}".format(d={"key": "val"}))
class O:
    attr = "attribute"
print("{o.attr}".format(o=O()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x}".format(3.14159, 5, 255))
print("{0:{1}}|".format("w", 5))
print("{{}} {}".format("braces"))
print("{!r} {!s}".format("q", "q"))
args = ("p", "q")
kw = {"z": 26}
print("{} {} {z}".format(*args, **kw))
print("{:,}".format(10 ** 12))
print(format(42, "b"), format(3.5, ".3f"), format("s", ">3"))
