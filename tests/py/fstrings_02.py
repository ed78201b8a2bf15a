# f-string format specs: width, alignment, fill, sign
n = 42
s = "hi"
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}]")
print(f"[{s:5}] [{s:>5}] [{s:^6}] [{s:*^7}] [{s:-<4}]")
print(f"[{n:+}] [{-n:+}] [{n: }] [{-n: }] [{n:=+6}]")
print(f"[{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#o}] [{n:#b}] [{n:#X}]")
print(f"[{255:08b}] [{255:#010b}] [{-255:x}] [{n:c}]")
print(f"[{1234567:,}] [{1234567:_}] [{0xFFFFFFFF:_x}] [{-1234567:,}]")
print(f"[{n:d}] [{True:d}] [{n:n}]")
print(f"[{'abc':.2}] [{'abcdef':10.3}] [{'x':>{n // 10}}]")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}] [{'a':{'>'}{width}}]")
