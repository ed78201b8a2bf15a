# Regression: round(int, ndigits) far below -38 rounds to 0 without computing 10**-ndigits (a huge one was a SystemError); int.from_bytes and int.to_bytes with a million bytes took minutes (quadratic BigInt work)
for v in (15, -15, 0, 5 * 10**37, -5 * 10**37, 2**126, -(2**126) - 2**126, 10**38):
    print(round(v, -400), round(v, -40), round(v, -39), round(v, -37), round(v, 400), v.__round__(-1000))
print(round(1.5, -10**30), round(1.5, 10**30), round(-2.5, -10**30))

print(int.from_bytes(b'\x00' * 10**6 + b'\x05', 'big'), int.from_bytes(b'\x05' + b'\x00' * 10**6, 'little'))
print(int.from_bytes(b'\xff' * 10**6, 'big', signed=True), int.from_bytes(b'\xff' * 10**6 + b'\x80', 'big', signed=True))
b = (-1).to_bytes(10**6, 'big', signed=True)
print(len(b), b[:2], b[-2:], (5).to_bytes(10**6, 'little')[:2], (-(2**100)).to_bytes(10**5, 'big', signed=True)[-14:])

out = []
for v in (0, 1, -1, -2, 127, 128, -128, -129, 255, 256, -256, 2**63, -2**63, 2**64 - 1, 2**100, -2**100, 2**126):
    for n in range(0, 19):
        for order in ('big', 'little'):
            for signed in (False, True):
                try:
                    b = v.to_bytes(n, order, signed=signed)
                    out.append(b.hex())
                    out.append(int.from_bytes(b, order, signed=signed))
                except OverflowError as e:
                    out.append(str(e))
print(out)
