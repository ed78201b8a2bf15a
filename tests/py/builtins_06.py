# repr of nested containers and special values
data = {"list": [1, 2.5, "three", None, True], "tuple": (1,), "empty": ((), [], {}, set()), "nested": {"a": {"b": [{"c": "d"}]}}}
print(data)
print(repr(data["list"]))
print([[], [[]], [[], []]])
print(({"k": (1, [2])},))
print([1.0, -0.0, 1e100, 1e-100, float("inf")])
print(["quote's", 'dq"', "both'\"", "\t\n"])
print({1: {2: {3: {}}}})
print((((1,),),))
print(repr(range(5)), repr(range(1, 5, 2)), [range(3)])
print({True: "t", None: "n", 0.5: "h"})
