# Regression: the fields of OSError, StopIteration, SystemExit, ImportError, NameError, AttributeError and SyntaxError were no attributes of their classes (OSError.errno was an AttributeError)
def t(label, f):
    try: r = f()
    except Exception as e: r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", repr(r) if not isinstance(r, str) else r)
for T, names in [(OSError, ["errno", "strerror", "filename", "filename2"]), (StopIteration, ["value"]), (SystemExit, ["code"]),
                 (ImportError, ["msg", "name", "path"]), (NameError, ["name"]), (AttributeError, ["name", "obj"]),
                 (SyntaxError, ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"])]:
    for n in names:
        t(T.__name__ + "." + n, lambda: getattr(T, n))
        t(T.__name__ + "." + n + ".__get__", lambda: getattr(T, n).__get__(T()))
        print(" ", hasattr(T, n), n in dir(T), n in dir(T()))
t("OSError.characters_written", lambda: OSError.characters_written)
t("errno of OSError(2, ...)", lambda: OSError.errno.__get__(OSError(2, "no")))
t("errno set through the descriptor", lambda: (lambda e: (OSError.errno.__set__(e, 5), e.errno))(OSError()))
t("descriptor on another exception", lambda: StopIteration.value.__get__(ValueError()))
t("inherited", lambda: (FileNotFoundError.errno, ModuleNotFoundError.path, IndentationError.lineno))
t("instances", lambda: (StopIteration(3).value, SystemExit(4).code, NameError("x", name="n").name, ImportError("m", name="a", path="p").path))
t("set on an instance", lambda: (lambda e: (setattr(e, "value", 9), e.value))(StopIteration(1)))
