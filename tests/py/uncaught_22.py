# expect-error: IndexError: pop from empty list
todo = ["write", "test"]
while True:
    task = todo.pop()
    print("doing", task)
