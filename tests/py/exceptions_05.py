# Nested handlers, re-raise, bare raise, exception in except and finally
def inner():
    try:
        raise ValueError("original")
    except ValueError:
        print("inner caught, re-raising")
        raise
try:
    inner()
except ValueError as e:
    print("outer caught:", e)
def layered(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            if n == 1:
                raise IndexError("i")
            return "fine"
        except KeyError:
            return "handled key"
        finally:
            print("inner finally", n)
    except IndexError as e:
        return f"outer handled {e}"
for n in range(3):
    print(layered(n))
try:
    try:
        raise ValueError("a")
    finally:
        print("cleanup")
except ValueError as e:
    print("got", e)
e = None
try:
    raise RuntimeError("bound")
except RuntimeError as err:
    e = err
print(e)
try:
    err
except NameError as ne:
    print("NameError:", ne)
