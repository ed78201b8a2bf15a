# Regression: an empty f-string (f"", rf"", f"""""") left no value on the stack
s = f""
print(repr(s))
print([f"", 1])
def g(): return f""
print(repr(g()))
print(repr(f''), repr(rf""), repr(f""""""), repr(f"" ""), repr("" f""), repr(f"" f""))
print({1: f""}, (f"",), repr(f"{''}"), repr(f"{''}" f""), repr(f"" f"{1}"))
print(f"" or "x", str(f""), len(f""))
x = f"" if True else 1
print(repr(x))
print(repr(f"{'':}"), repr(f"{'':{''}}"), repr(f"{1:{f''}}"))
def h(a, b=f"", *, c=f''):
    f""
    return a, b, c
print(h(f""), h(1, c=f""))
print(f"".join(["a", "b"]), f"".upper() == "", f"" in "abc", [f"" for _ in range(2)])
print((lambda: f"")(), {f"": 1}, {f""}, f""[0:], f"" * 3 == "", f"" + "a")
def gen():
    yield f""
    x = yield f""
print(list(gen()))
assert f"" == "", f""
d = {}
d[f""] = f""
print(d, f"{f''}", f"{f''!r}", f"{f'':>3}|")
print(f"""
""" f"", f"" """""")
class C:
    f""
print(C.__doc__)
def k():
    f"doc"
print(k.__doc__)
a = b = f""
print(repr(a), repr(b))
a += f""
print(repr(a), f"" == "" == f"", not f"")
print(*[f"", f'', rf'', fr"", Rf"", F""], sep="|")
