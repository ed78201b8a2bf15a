# Regression: list(range(2**64)) and tuple(range(2**63)) raised MemoryError instead of the length hint's OverflowError
def t(label, f):
    try:
        r = f()
        print(label, r if not isinstance(r, (list, tuple)) else len(r))
    except Exception as e:
        print(label, type(e).__name__, e)
t('list', lambda: list(range(2**64)))
t('tuple', lambda: tuple(range(2**63)))
t('tuple neg', lambda: tuple(range(0, -2**63 - 1, -1)))
t('star', lambda: [*range(2**64)])
t('extend', lambda: [].extend(range(2**64)))
t('sorted', lambda: sorted(range(2**64)))
t('call', lambda: print(*range(2**64)))
t('list ok', lambda: list(range(2**64, 2**64 + 3)))
t('len', lambda: len(range(2**63)))
t('len ok', lambda: len(range(2**63 - 1)))
t('iadd', lambda: [].__iadd__(range(2**64)))
