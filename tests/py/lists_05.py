# list() constructor and conversions
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}))
print(list({3: None, 1: None}.keys()), list({"x": 10}.values()), list({"x": 10}.items()))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(reversed([1, 2, 3])), list(enumerate("ab", start=5)))
print(list(x * x for x in range(4)))
nested = [1, [2, [3, [4]]]]
def flatten(x):
    if isinstance(x, list):
        r = []
        for e in x:
            r.extend(flatten(e))
        return r
    return [x]
print(flatten(nested))
