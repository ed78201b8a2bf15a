# hex, oct, bin, chr, ord, abs
for n in (0, 1, 10, 255, -255, 4096):
    print(n, hex(n), oct(n), bin(n))
print(chr(65), chr(97), chr(48), chr(8364), chr(0x1F600) == "\U0001F600")
print(ord("A"), ord("z"), ord("0"), ord("\n"), ord("€"))
print(abs(-5), abs(5), abs(0), abs(-2.5))
print([chr(ord("a") + i) for i in range(5)])
print("".join(chr(c) for c in range(65, 91)))
