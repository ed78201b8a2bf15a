# Regression: int()/float()/complex() stripped U+FEFF but not U+0085, read non-ASCII bytes as UTF-8, and did not cut long reprs in int()'s error
for s in ['\x8512', '\x1c12\x1f', '\u300012\u2028', '\ufeff12', '12\ufeff', ' \t12\n', '\xa0-12', '1\x852', '+\x8512', '0x\x8512']:
    for f in [int, float, complex, lambda s: int(s, 0), lambda s: int(s, 16)]:
        try: r = f(s)
        except ValueError as e: r = 'VE: ' + str(e)
        print(repr(r), end=' | ')
    print()
for s in ['\x851.5', '\x1c1.5e3\x1d', '\ufeff1.5', ' inf\x85', '\x85nan', '\x85(1+2j)\x85', '(\x851+2j\x85)', '\ufeff1j']:
    for f in [float, complex]:
        try: r = f(s)
        except ValueError as e: r = 'VE: ' + str(e)
        print(repr(r), end=' | ')
    print()
for b in [b'\x8512', b' 12 ', b'\xef\xbb\xbf12', b'\xd9\xa1', b'\x0c12\x0b', b'1_2']:
    for f in [int, float, lambda s: int(s, 0), lambda s: int(bytearray(s), 16), lambda s: float(bytearray(s))]:
        try: r = f(b)
        except ValueError as e: r = 'VE: ' + str(e)
        print(repr(r), end=' | ')
    print()
for s in ['\u0661\u0662', '\u0661.\u0665', '\uff11\uff12', ' \u0663_\u0664 ', '1\u00e9', '\U0001d7ce\U0001d7cf']:
    for f in [int, float, complex]:
        try: r = f(s)
        except ValueError as e: r = 'VE: ' + str(e)
        print(repr(r), end=' | ')
    print()
for x in ['x' * 300, 'é' * 300, b'x' * 300, bytearray(b'y' * 300), '\U0001f600' * 201]:
    for f in [int, lambda s: int(s, 16), float]:
        try: f(x)
        except ValueError as e: print(len(str(e)), str(e)[-3:])
