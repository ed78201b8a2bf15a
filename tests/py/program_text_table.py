# Render a table with dynamic column widths and alignment rules
rows = [
    ("Name", "Qty", "Unit price", "Total"),
    ("Widget", 3, 4.5, None),
    ("Gizmo extra long", 12, 0.99, None),
    ("Thing", 1, 120.0, None),
]
body = [(n, q, p, q * p) for n, q, p, _ in rows[1:]]
def cell(v):
    return f"{v:,.2f}" if isinstance(v, float) else str(v)
table = [list(rows[0])] + [[cell(v) for v in r] for r in body]
widths = [max(len(r[i]) for r in table) for i in range(4)]
def line(r):
    return "| " + " | ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths))) + " |"
sep = "+-" + "-+-".join("-" * w for w in widths) + "-+"
print(sep)
print(line(table[0]))
print(sep.replace("-", "="))
for r in table[1:]:
    print(line(r))
print(sep)
print(line(["TOTAL", str(sum(q for _, q, _, _ in body)), "", cell(sum(t for *_, t in body))]))
