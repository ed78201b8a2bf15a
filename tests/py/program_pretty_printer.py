# hand-written JSON-like pretty printer and serializer
def dumps(v, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1)); end = " " * (indent * level)
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v != v: return "NaN"
        if isinstance(v, float) and v in (float("inf"), float("-inf")): return "Infinity" if v > 0 else "-Infinity"
        return repr(v)
    if isinstance(v, str):
        out = []
        for ch in v:
            if ch == '"': out.append('\\"')
            elif ch == "\\": out.append("\\\\")
            elif ch == "\n": out.append("\\n")
            elif ch == "\t": out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e: out.append(f"\\u{ord(ch):04x}")
            else: out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(v, (list, tuple)):
        if not v: return "[]"
        return "[\n" + ",\n".join(pad + dumps(x, indent, level + 1, sort_keys) for x in v) + "\n" + end + "]"
    if isinstance(v, dict):
        if not v: return "{}"
        keys = sorted(v, key=str) if sort_keys else list(v)
        return "{\n" + ",\n".join(f"{pad}{dumps(str(k))}: {dumps(v[k], indent, level + 1, sort_keys)}" for k in keys) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")
doc = {"name": "Widget \"Pro\"", "price": 12.5, "tags": ["a", "b\tc", "ünï"], "stock": None, "active": True, "dims": {"w": 1e-7, "h": 2.0, "d": 10**20},
       "empty": {}, "nested": [[1, 2], [], [{"k": False}]], "ratio": 1 / 3, "big": 1e300 * 10, "nan": float("nan"), 3: "int key"}
print(dumps(doc))
print(dumps(doc, indent=4, sort_keys=True)[:200])
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t": pos += 1
    def val():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1; out = {}; ws()
            if s[pos] == "}": pos += 1; return out
            while True:
                ws(); k = val(); ws(); assert s[pos] == ":"; pos += 1
                out[k] = val(); ws()
                if s[pos] == ",": pos += 1; continue
                pos += 1; return out
        if c == "[":
            pos += 1; out = []; ws()
            if s[pos] == "]": pos += 1; return out
            while True:
                out.append(val()); ws()
                if s[pos] == ",": pos += 1; continue
                pos += 1; return out
        if c == '"':
            j = pos + 1; buf = []
            while s[j] != '"':
                if s[j] == "\\":
                    nxt = s[j + 1]
                    if nxt == "u": buf.append(chr(int(s[j + 2:j + 6], 16))); j += 6; continue
                    buf.append({"n": "\n", "t": "\t"}.get(nxt, nxt)); j += 2; continue
                buf.append(s[j]); j += 1
            pos = j + 1; return "".join(buf)
        for lit, pv in (("true", True), ("false", False), ("null", None), ("NaN", float("nan")), ("Infinity", float("inf"))):
            if s.startswith(lit, pos): pos += len(lit); return pv
        j = pos
        while j < len(s) and s[j] in "+-0123456789.eE": j += 1
        t = s[pos:j]; pos = j
        return float(t) if any(ch in t for ch in ".eE") else int(t)
    return val()
back = parse(dumps(doc))
print(back == {str(k): v for k, v in doc.items()}, sorted(back), back["tags"], back["dims"], back["nested"])
