# Seven-segment digit recognition from ASCII art
DIGITS = [
    " _     _  _     _  _  _  _  _ ",
    "| |  | _| _||_||_ |_   ||_||_|",
    "|_|  ||_  _|  | _||_|  ||_| _|",
]
def split_cells(lines):
    n = len(lines[0]) // 3
    return ["".join(line[3 * i:3 * i + 3] for line in lines) for i in range(n)]
PATTERNS = {cell: str(i) for i, cell in enumerate(split_cells(DIGITS))}
def read(lines):
    return "".join(PATTERNS.get(c, "?") for c in split_cells(lines))
account = [
    "    _  _     _  _  _  _  _ ",
    "  | _| _||_||_ |_   ||_||_|",
    "  ||_  _|  | _||_|  ||_| _|",
]
print(read(DIGITS), read(account))
broken = [line[:3] + "   " + line[6:] for line in account]
print(read(broken))
def checksum(num):
    return sum((9 - i) * int(d) for i, d in enumerate(num)) % 11 == 0
print(checksum("345882865"), checksum(read(account)))
