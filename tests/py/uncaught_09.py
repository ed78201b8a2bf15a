# expect-error: AssertionError: invariant broken at 3
for i in range(5):
    print("checking", i)
    assert i < 3, f"invariant broken at {i}"
