# Regression: sequence repeat by an int past 2**63 is an OverflowError; bytes % does not take bytes or a bytearray as a mapping
for f in [lambda: [] * 2**70, lambda: () * -2**70, lambda: [1] * 2**70, lambda: 'ab' * 2**70, lambda: 'ab' * -2**70, lambda: '' * 2**70, lambda: b'' * 2**70, lambda: [1] * 2**60, lambda: 'x' * 2**60, lambda: [] * 2**60,
          lambda: b'xy' % b'xy', lambda: b'xy' % bytearray(b'q'), lambda: 'ab' % b'xy', lambda: b'%(a)s' % {b'a': b'1'}, lambda: bytearray(b'q') % b'z', lambda: b'x' % [1]]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
