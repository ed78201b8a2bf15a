# Regression: a user __hash__ result that fits in a signed 64-bit C long is kept exactly (it was rounded past 2**53 or reduced modulo 2**61-1)
class P:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return self.v == o

for v in [2**60 + 3, 2**61, 2**61 - 1, 2**62 + 5, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 + 7, -1, -2**61, 2**100, True, 2**53 + 1]:
    print(v, hash(P(v)), hash(v))

class IS(int): pass
print(hash(P(IS(2**60 + 1))))

class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
big = 2**60 + 3
print(hash(big), hash(H(big)), hash(H(big)) == hash(big))

d = {2**60 + 3: 'a'}
print(d[P(2**60 + 3)])

class L(list):
    def __hash__(self): return 2**62
print(hash(L()))
try:
    hash(P(1.5))
except TypeError as e:
    print(e)
