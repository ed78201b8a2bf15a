# Regression: unbound slot wrappers called without self
for name in ["list.__getitem__", "dict.__getitem__", "list.__len__", "str.__format__", "object.__format__", "list.__reversed__", "dict.__contains__", "int.__round__", "object.__reduce__", "object.__dir__", "list.__class_getitem__", "int.__add__", "str.__getitem__", "object.__init_subclass__", "type.__subclasses__", "int.__index__", "int.__trunc__", "int.__floor__", "set.__contains__", "str.__len__"]:
    try:
        t, a = name.split("."); getattr({"list": list, "dict": dict, "str": str, "object": object, "int": int, "type": type, "float": float, "set": set, "bytes": bytes, "complex": complex}[t], a)()
        print(name, "ok")
    except TypeError as e: print(name, e)
    except Exception as e: print(name, type(e).__name__, e)
