# Exceptions carrying data and custom __str__
class HTTPError(Exception):
    def __init__(self, code, reason):
        self.code = code
        self.reason = reason
        super().__init__(code, reason)
    def __str__(self):
        return f"{self.code} {self.reason}"
try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e, e.args, e.code, repr(e))
class Quiet(Exception):
    def __init__(self):
        pass
q = Quiet()
print(repr(str(q)), q.args)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
e = ValueError("a", "b")
print(str(e), len(e.args))
e2 = Exception(42)
print(str(e2), e2.args[0] + 1)
