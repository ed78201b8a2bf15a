# __slots__, attribute errors with slots, class with __eq__ and ordering via tuples
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def key(self):
        return (Card.RANKS.index(self.rank), self.suit)
    def __lt__(self, o):
        return self.key() < o.key()
    def __eq__(self, o):
        return self.key() == o.key()
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in "AS TD 2C KH TC 5S".split()]
print(sorted(hand), max(hand), min(hand))
print(Card("AS") == Card("AS"), Card("AS") in hand, hand.index(Card("KH")))
