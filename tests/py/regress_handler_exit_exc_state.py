# Regression: leaving an except (or an exception's finally) body by return/break/continue, then raising in a finally or a with's __exit__, popped the exception state twice: the new exception was its own __context__ and the handled one stayed active
def ret():
    try: raise ValueError("A")
    except ValueError: return 1
    finally: raise KeyError("B")
def brk():
    for i in range(2):
        try: raise ValueError("A")
        except ValueError: break
        finally: raise KeyError("B")
def cont():
    for i in range(2):
        try: raise ValueError("A")
        except ValueError: continue
        finally: raise KeyError("B")
def named():
    try: raise ValueError("A")
    except ValueError as e: return e
    finally: raise KeyError("B")
def fin_body():
    try:
        try: raise ValueError("A")
        finally: return 1
    finally: raise KeyError("B")
def fin_body_loop():
    for i in range(2):
        try:
            try: raise ValueError("A")
            finally: break
        finally: raise KeyError("B")
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("exit")
def with_ret():
    with CM():
        try: raise ValueError("A")
        except ValueError: return 1
def with_brk():
    for i in range(2):
        with CM():
            try: raise ValueError("A")
            except ValueError: break
def nested_handlers():
    try: raise TypeError("outer")
    except TypeError:
        try: raise ValueError("A")
        except ValueError: return 1
        finally: raise KeyError("B")
for fn in (ret, brk, cont, named, fin_body, fin_body_loop, with_ret, with_brk, nested_handlers):
    try: fn()
    except KeyError as e:
        c = e.__context__
        print(fn.__name__, repr(c), repr(c.__context__) if c is not None else "-")
    try:
        raise IndexError("later")
    except IndexError as e:
        print("  later context:", repr(e.__context__))
    try:
        raise
    except RuntimeError as e:
        print("  bare raise:", e)
def gen():
    try: raise ValueError("A")
    except ValueError:
        return
    finally:
        yield 1
        raise KeyError("B")
g = gen()
print(next(g))
try: next(g)
except KeyError as e: print("gen", repr(e.__context__))
def loop_many():
    n = 0
    for i in range(5):
        try:
            try: raise ValueError(i)
            except ValueError: continue
            finally: n += 1
        except Exception: pass
    return n
print(loop_many())
try: raise
except RuntimeError as e: print("bare raise end:", e)
