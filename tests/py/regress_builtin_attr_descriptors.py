# Regression: functions, methods, builtin functions, staticmethod, classmethod, property and super had their attributes only on instances (type(f).__code__ was an AttributeError, dir(f) lacked __code__, __defaults__, __name__...)
def fn(a=1, *, b=2): pass
class K:
    def m(self): pass
objs = {"fn": fn, "meth": K().m, "len": len, "append": [].append, "prop": property(), "sm": staticmethod(fn), "cm": classmethod(fn), "super": super(int, 1)}
names = ["__closure__", "__globals__", "__builtins__", "__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__dict__", "__name__",
         "__qualname__", "__module__", "__func__", "__self__", "__wrapped__", "__isabstractmethod__", "__thisclass__", "__self_class__", "fget"]
for n, o in objs.items():
    T = type(o)
    for a in names:
        if not hasattr(o, a): continue
        try: d = getattr(T, a)
        except AttributeError as e: d = "AttributeError"
        r = repr(d)
        if "0x" in r or a == "__dict__": r = type(d).__name__
        print(n, a, a in dir(o), r)
print(type(fn).__code__.__get__(fn).co_name, type(fn).__defaults__.__get__(fn), type(K().m).__func__.__get__(K().m).__name__, super.__thisclass__.__get__(super(int, 1)))
