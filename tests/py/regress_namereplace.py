# Regression: str.encode had no namereplace error handler, and decode accepted encode-only handlers
print('é'.encode('ascii', 'namereplace'))
for s in ['é', 'aé€☃😀b', '\x80\x9f', 'Ωω', '\ufeff', '\u0378', 'İı', 'ÀÁÂÃÄÅ', '\u03c2\u00df']:
    for enc in ['ascii', 'latin-1', 'utf-8']:
        print(s.encode(enc, 'namereplace'), end=' ')
    print()
for b in [b'\xff', b'a\x80']:
    for h in ['namereplace', 'xmlcharrefreplace', 'surrogatepass', 'bogus']:
        try: print(b.decode('ascii', h))
        except Exception as e: print(type(e).__name__, e)
print(bytes('x\u2022y', 'ascii', 'namereplace'), 'snow\u2603'.encode(encoding='latin-1', errors='namereplace'))
print('\ud800'.encode('utf-8', 'namereplace'), '\U0001f40d\u0378'.encode('ascii', errors='namereplace'))
