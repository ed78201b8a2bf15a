# dict.pop of an absent key hashes it and compares it once, with or without a default (its direct entry once hashed it twice before raising KeyError).
class K:
    def __hash__(self):
        print("hash"); return 1
    def __eq__(self, o):
        print("eq"); return False
d = {K(): 1}
try: d.pop(K())
except KeyError: print("KeyError")
print(d.pop(K(), "dflt"))
