# Regression: SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) had no msg/filename/lineno/... attributes and str() was the args tuple
for a in [(), ('m',), ('m', ('f.py', 3, 5, 'text')), ('m', ('/a/b/f.py', 3, 5, 'text', 4, 6)), ('m', (None, 3, 5, 'x')), ('m', ('f', None, 1, 'x')), ('m', 1, 2), (1,), ('m', ['f', True, 1, 'x'])]:
    e = SyntaxError(*a)
    print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args, e.print_file_and_line)
for a in [('m', 5), ('m', (1,2,3)), ('m', (1,2,3,4,5)), ('m', (1,2,3,4,5,6,7))]:
    try: SyntaxError(*a)
    except Exception as x: print(type(x).__name__, x)
e = SyntaxError('m', ('f.py', 3, 5, 'text'))
e.lineno = 9; e.msg = 'q'
print(str(e), e.args, repr(e), e.__dict__)
print(str(IndentationError('m', ('f.py', 3, 5, 'text'))), str(TabError('m', ('f.py', 3, 5, 'text'))))
class S(SyntaxError): pass
print(str(S('m', ('f.py', 3, 5, 'text'))))
class T(SyntaxError):
    def __init__(self, a):
        super().__init__(a, ("t.py", 1, 1, "x"))
print(str(T("z")), T("z").args)
try:
    raise SyntaxError("bad", ("f.py", 3, 5, "text"))
except SyntaxError as x:
    print(x, x.filename, x.lineno)
