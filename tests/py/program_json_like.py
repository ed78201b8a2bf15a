# A tiny JSON-like serializer and parser (no json module)
def dumps(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        if not v:
            return "[]"
        inner = (",\n").join(pad + "  " + dumps(x, indent + 1) for x in v)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {dumps(x, indent + 1)}' for k, x in v.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            out = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return out
            while True:
                ws()
                k = value()
                ws()
                pos += 1
                out[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                else:
                    pos += 1
                    return out
        if c == "[":
            pos += 1
            out = []
            ws()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                pos += 1
                if s[pos - 1] == "]":
                    return out
        if c == '"':
            end = pos + 1
            buf = ""
            while s[end] != '"':
                if s[end] == "\\":
                    end += 1
                buf += s[end]
                end += 1
            pos = end + 1
            return buf
        for lit, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(lit, pos):
                pos += len(lit)
                return val
        start = pos
        while pos < len(s) and s[pos] in "-+.eE0123456789":
            pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()
doc = {"name": "widget", "tags": ["a", "b \"q\""], "size": {"w": 3, "h": 4.5}, "ok": True, "none": None, "empty": [], "e": {}}
text = dumps(doc)
print(text)
back = parse(text)
print(back == doc, back)
try:
    dumps({"x": {1, 2}})
except TypeError as e:
    print(e)
