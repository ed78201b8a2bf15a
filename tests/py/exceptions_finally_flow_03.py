# A return, break or continue in a try body runs the finally body outside the same try's except clauses: what the finally raises (or what is thrown into a yield there) leaves the statement (found by the real7 probe).
def load():
    try:
        return "data"
    except ValueError:
        print("handler ran")
        return "fallback"
    finally:
        print("closing")
        raise ValueError("close failed")
try:
    print(load())
except ValueError as e:
    print("caught:", e)

def f():
    for i in range(3):
        try:
            break
        except KeyError:
            print("except KeyError")
        finally:
            print("finally", i)
            raise ValueError("cleanup failed")
try: f()
except ValueError as e: print("caught:", e)

def g():
    for i in range(3):
        try:
            continue
        except KeyError:
            print("except KeyError")
        finally:
            print("finally", i)
            if i == 1:
                raise KeyError("k")
try: g()
except KeyError as e: print("caught:", repr(e))

# nested: the inner try's handlers must not see the outer finally's exception
def h():
    try:
        try:
            return 1
        except ValueError:
            print("inner handler")
            return 2
    finally:
        raise ValueError("outer finally")
try: h()
except ValueError as e: print("caught:", e)

# the handler still catches what the body raises, and a finally that does not raise keeps the return
def k(x):
    try:
        if x: raise ValueError("body")
        return "ok"
    except ValueError as e:
        return "handled " + str(e)
    finally:
        print("fin", x)
print(k(0), k(1))

def gen():
    for i in range(2):
        try:
            continue
        except ValueError:
            print("except in gen")
        finally:
            yield i
it = gen()
print(next(it))
try:
    it.throw(ValueError("thrown"))
except ValueError as e:
    print("out:", e)
print(list(it))

def w():
    while True:
        try:
            return "r"
        except Exception:
            print("nope")
        finally:
            try:
                raise TypeError("t")
            except TypeError:
                print("inner caught")
print(w())
