# Context managers implemented with generators (manually, no contextlib)
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
        return False
def managed(name):
    print("setup", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("handled inside generator:", e)
    finally:
        print("teardown", name)
with GenCM(managed("res")) as r:
    print("using", r)
with GenCM(managed("bad")) as r:
    raise ValueError("oops")
print("continues")
