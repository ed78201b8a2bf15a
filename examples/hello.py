# A small tour: run with `npx -y deno@2.9.6 run -A mod.ts examples/hello.py`

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Greeter:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return f"Hello, {self.name}!"


print(Greeter("Edge Python"))
print([fib(n) for n in range(10)])
print({word: len(word) for word in "sandboxed python on the edge".split()})
