# match on tuples for a tiny command interpreter
def run(commands):
    stack = []
    for cmd in commands:
        match cmd.split():
            case ["push", n]:
                stack.append(int(n))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["dup"]:
                stack.append(stack[-1])
            case ["print", *what]:
                print(" ".join(what) or stack)
            case []:
                pass
            case [unknown, *_]:
                print("unknown command:", unknown)
    return stack
print(run(["push 2", "push 3", "add", "dup", "mul", "print", "", "jump 4", "print hi there"]))
