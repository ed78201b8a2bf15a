# Regression: bool.from_bytes() returned an int and int subclasses' from_bytes() an int, not cls(value)
class MyInt(int):
    def __init__(self, *a): print('init', a)
class B(int):
    def __new__(cls, v): return 'weird'
print(type(MyInt.from_bytes(b'\x01', 'big')).__name__, bool.from_bytes(b'\x00', 'big'), bool.from_bytes(b'\x02\x00', 'little'), B.from_bytes(b'\x05', 'big'))
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x01', 'big')).__name__)
try: bool.from_bytes(b'\x01', 'mid')
except ValueError as e: print(e)
print(int.from_bytes(b'\xff', 'big', signed=True), MyInt.from_bytes(b'\x01\x00', byteorder='little'), type(int.from_bytes(b'\x01', 'big')).__name__)
