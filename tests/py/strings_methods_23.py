# format_map with __missing__, template-like substitution by hand
class Safe(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("Hello {name}, you are {age}".format_map(Safe(name="Ann")))
template = "Dear $name, your order $order ships $when."
values = {"name": "Bob", "order": "#42", "when": "today"}
out = template
for k, v in values.items():
    out = out.replace("$" + k, v)
print(out)
def render(t, ctx):
    result, i = [], 0
    while i < len(t):
        if t.startswith("{{", i):
            j = t.index("}}", i)
            key = t[i + 2:j].strip()
            result.append(str(ctx.get(key, "?")))
            i = j + 2
        else:
            result.append(t[i])
            i += 1
    return "".join(result)
print(render("{{ a }} + {{b}} = {{ c }}{{missing}}", {"a": 1, "b": 2, "c": 3}))
