# bytearray mutation
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba))
ba[0] = 65
print(ba, ba[0])
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba)
print(ba.pop(), ba)
ba.reverse()
print(ba, bytes(ba))
print(bytearray(3), bytearray([1, 2, 3]), bytearray("hé", "utf-8"))
ba2 = bytearray()
for i in range(5):
    ba2.append(48 + i)
print(ba2.decode(), ba2 == b"01234")
