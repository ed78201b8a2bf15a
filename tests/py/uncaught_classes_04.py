# expect-error: E
class E(Exception): pass
raise E
