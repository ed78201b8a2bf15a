# Regression: ModuleNotFoundError carries name (the first missing module), path and msg, as CPython's
def show(e):
    print(type(e).__name__, "|", e, "|", e.name, e.path, "|", e.msg, e.args)
try:
    import nonexistent_mod
except ImportError as e:
    show(e)
try:
    import nonexistent_mod.sub
except ImportError as e:
    show(e)
try:
    import nonexistent_mod.sub as s
except ImportError as e:
    show(e)
try:
    from nonexistent_mod import y
except ImportError as e:
    show(e)
try:
    from nonexistent_mod.sub import y
except ImportError as e:
    show(e)
