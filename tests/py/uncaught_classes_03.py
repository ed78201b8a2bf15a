# expect-error: RuntimeError: wrapped
try:
    {}["k"]
except KeyError as e:
    raise RuntimeError("wrapped") from e
