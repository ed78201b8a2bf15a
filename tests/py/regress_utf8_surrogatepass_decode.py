# Regression: surrogatepass decoding reported its own error range instead of the strict UTF-8 decoder's
cases = [b"\xed\xa0", b"\xed\xa0\x80", b"\xed\xa0\x80x", b"\xed\xa0x", b"a\xed\xb0", b"\xed\xb0\x80\xed", b"\xed\x80", b"\xed",
         b"\xe0\xa0", b"\xf0\x90\x80", b"\xed\xa0\x41", b"\xed\x9f\xbf", b"x\xed\xa0", b"\xed\xbf\xbfz\xff"]
for b in cases:
    for h in ["strict", "surrogatepass", "replace", "surrogateescape", "ignore", "backslashreplace"]:
        try:
            print(b, h, ascii(b.decode("utf-8", h)))
        except UnicodeDecodeError as e:
            print(b, h, "UnicodeDecodeError", e, e.start, e.end, e.reason)
print(ascii("\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")))
