# __eq__ and __lt__ used by list methods, sort, in, min/max, and comparisons chains
class Item:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        Item.calls += 1
        return isinstance(o, Item) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"I{self.v}"
items = [Item(3), Item(1), Item(2)]
print(Item(2) in items, items.index(Item(2)), items.count(Item(1)))
items.remove(Item(3))
print(items, Item.calls > 0)
items.sort()
print(items, sorted([Item(5), Item(4)], reverse=True), min(items), max(items))
print(Item(1) < Item(2) < Item(3), Item(2) > Item(1))
print([Item(1), Item(2)] == [Item(1), Item(2)], (Item(1),) == (Item(1),), [Item(1)] < [Item(2)])
