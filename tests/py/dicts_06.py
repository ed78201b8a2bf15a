# Nested dict navigation, dict of lists/dicts, and JSON-like pretty printing
tree = {"a": {"b": {"c": 1, "d": [2, 3]}, "e": 4}, "f": None}
def paths(node, prefix=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, f"{prefix}/{k}")
    else:
        yield prefix, node
for p, v in paths(tree):
    print(p, v)
def get_path(d, path, default=None):
    for part in path.split("/"):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(get_path(tree, "a/b/d"), get_path(tree, "a/x/y", "missing"), get_path(tree, "f"))
def depth(d):
    return 1 + max((depth(v) for v in d.values() if isinstance(v, dict)), default=0)
print(depth(tree), depth({}))
