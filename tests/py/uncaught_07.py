# expect-error: IndexError: list index out of range
stack = [1, 2]
while True:
    print("popped", stack.pop())
    print(stack[0])
