# Regression: a __len__ result may be an int subclass or an __index__ object and up to 2**63-1 (it raised TypeError, or OverflowError past 2**53)
class Idx:
    def __index__(self): return 4
class BigIdx:
    def __index__(self): return 2**70
class Count(int): pass

for r in [Count(3), Idx(), BigIdx(), 2**53 + 1, 2**63 - 1, 2**63, -1, -2**100, 'x', 2.0, True, False, Count(0)]:
    class B:
        def __len__(self, r=r): return r
    for f in (len, bool):
        try:
            print(f(B()))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
