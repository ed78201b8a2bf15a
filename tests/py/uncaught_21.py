# expect-error: KeyError: 'd'
# uncaught error inside a nested handler context keeps the last raised exception
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        print("missing", k, "- retrying with default key")
        return d["d"]
data = {"a": 1}
print(lookup(data, "a"))
print(lookup(data, "z"))
