# Regression: str/bytes/bytearray subclasses iterate, test membership and repr as their base; str() of a KeyError subclass
class S(str): pass
s = S("ab")
print(list(s), [*s], "".join(s), sorted(set(s)), max(s), tuple(s))
for ch in s: print(ch)
print("a" in S("cat"), "z" in S("cat"))
class B(bytes): pass
print(list(B(b"ab")), 97 in B(b"a"), 98 in B(b"a"))
class BA(bytearray): pass
print(list(BA(b"xy")), 120 in BA(b"x"))
print(B(b"ab"), repr(B(b"ab")), str(B(b"q")))
class MKE(KeyError): pass
print(str(MKE("k")), str(KeyError("k")), str(MKE("a", "b")), str(MKE()))
