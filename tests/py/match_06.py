# Mapping patterns: extra keys allowed, nested mappings, values; sequence vs str
def cfg(c):
    match c:
        case {"db": {"host": host, "port": int(port)}}:
            return f"db at {host}:{port}"
        case {"cache": {"size": size}} if size > 100:
            return "big cache"
        case {"cache": _}:
            return "small cache"
        case {}:
            return "empty or other mapping"
print(cfg({"db": {"host": "h", "port": 5432, "user": "u"}}))
print(cfg({"cache": {"size": 500}}), cfg({"cache": {"size": 5}}), cfg({}), cfg({"x": 1}))
def is_seq(v):
    match v:
        case [*items]:
            return f"sequence of {len(items)}"
        case str():
            return "string is not a sequence pattern"
        case _:
            return "other"
print(is_seq("abc"), is_seq([1, 2]), is_seq((1,)), is_seq(range(3)), is_seq({1: 2}))
