# encode/decode and bytes interplay
s = "héllo"
b = s.encode()
print(b, len(b), b.decode())
print("abc".encode("ascii"), "€".encode("utf-8"))
print(b"caf\xc3\xa9".decode("utf-8"))
print(list("hi".encode()))
print(bytes("xyz", "utf-8"), str(b"abc", "ascii"))
