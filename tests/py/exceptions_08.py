# finally with break/continue/return inside loops and functions
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def while_break():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
        finally:
            print("finally at", i)
    return i
print(while_break())
def return_override():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print("finally sees", i)
print(return_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def count_finally():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count_finally())
