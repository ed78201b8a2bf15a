# expect-error: KeyError: ('a', 'b')
raise KeyError("a", "b")
