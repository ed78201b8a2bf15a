# Assignment expressions in while, if, comprehensions
data = [5, 3, 8, 0, 7]
i = 0
while (v := data[i]) != 0:
    print("value", v)
    i += 1
if (n := len(data)) > 3:
    print("long list", n)
print([s for x in data if (s := x * x) > 20])
chunks = []
text = "abcdefghij"
pos = 0
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks)
def f(x):
    return x * 2
print([y := f(3), y ** 2])
print((z := 10), z + 1)
