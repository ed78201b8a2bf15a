# Regression: exit and quit are Quitter instances: repr is the hint, a bare call raises SystemExit(None), arguments are checked as a Python method's
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args)


attempt(lambda: quit())
attempt(lambda: exit())
attempt(lambda: exit(3))
attempt(lambda: quit("bye"))
attempt(lambda: exit(code=5))
attempt(lambda: exit(code=None))
attempt(lambda: exit(1, 2))
attempt(lambda: exit(foo=1))
attempt(lambda: exit(1, code=2))

try:
    exit()
except SystemExit as e:
    print(e.code, repr(str(e)))

print(exit)
print(quit)
print(repr(exit), str(quit), f"{exit}", [quit])
print(type(exit).__name__, type(exit).__qualname__, type(exit).__module__, type(exit))
print(type(exit) is type(quit), isinstance(quit, type(exit)), exit is quit)
print(exit.name, quit.name, exit.eof)
print(callable(exit), hasattr(quit, "__call__"))

Quitter = type(exit)
bye = Quitter("bye", "now")
print(bye, bye.name, bye.eof)
attempt(lambda: bye(7))
attempt(lambda: Quitter())
attempt(lambda: Quitter("a"))
attempt(lambda: Quitter(1, 2, 3))
attempt(lambda: Quitter(name="a", eof="b", other=1))
print(Quitter(1, [2]))
