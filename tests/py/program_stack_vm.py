# a tiny stack VM using the match statement
def run(program, trace=False):
    stack, pc, out, env = [], 0, [], {}
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    steps = 0
    while pc < len(program):
        steps += 1
        if steps > 10000: raise RuntimeError("too many steps")
        ins = program[pc]
        pc += 1
        match ins:
            case ("push", value):
                stack.append(value)
            case ("pop",):
                stack.pop()
            case ("dup",):
                stack.append(stack[-1])
            case ("swap",):
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case (("add" | "sub" | "mul" | "div" | "mod" | "lt" | "eq") as op,):
                b, a = stack.pop(), stack.pop()
                match op:
                    case "add": stack.append(a + b)
                    case "sub": stack.append(a - b)
                    case "mul": stack.append(a * b)
                    case "div": stack.append(a // b)
                    case "mod": stack.append(a % b)
                    case "lt": stack.append(a < b)
                    case "eq": stack.append(a == b)
            case ("store", str(name)):
                env[name] = stack.pop()
            case ("load", str(name)):
                if name not in env: raise NameError(f"undefined {name}")
                stack.append(env[name])
            case ("jmp", target):
                pc = labels[target]
            case ("jz", target):
                if not stack.pop(): pc = labels[target]
            case ("print",):
                out.append(str(stack.pop()))
            case ("label", _):
                pass
            case ("halt",):
                break
            case unknown:
                raise ValueError(f"bad instruction {unknown!r}")
        if trace: print(f"{pc:3d} {str(ins):<22} {stack}")
    return out, env
fact = [("push", 1), ("store", "acc"), ("push", 10), ("store", "n"), ("label", "loop"), ("load", "n"), ("push", 1), ("lt",), ("push", False), ("eq",), ("jz", "end"),
        ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"), ("load", "n"), ("push", 1), ("sub",), ("store", "n"), ("jmp", "loop"), ("label", "end"), ("load", "acc"), ("print",), ("halt",)]
print(run(fact))
small = [("push", 7), ("push", 3), ("swap",), ("sub",), ("dup",), ("mul",), ("print",), ("push", 17), ("push", 5), ("mod",), ("print",)]
print(run(small, trace=True))
for bad in [[("push", 1), ("frobnicate",)], [("load", "zz")], [("label", "x"), ("jmp", "x")], [("pop",)]]:
    try:
        print(run(bad))
    except (ValueError, NameError, RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
