# Regression: bytes % args ignored the precision of %s and %b
print(b"%.2s" % b"abcdef")
print(b"%-6.2b|" % b"abcdef")
print(b"%6.3s|" % bytearray(b"abcdef"))
print(b"%.0s|" % b"abc")
print(b"%.*b|" % (2, b"xyz"))
print(b"%10.2s|%.1a|%.3r" % (b"hello", "q", b"xyz"))
print(b"%(k).1s" % {b"k": b"vw"})
