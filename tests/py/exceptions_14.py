# Exception handling order with return values from nested functions and finally side effects
events = []
def level3():
    try:
        events.append("l3 try")
        raise IndexError("deep")
    finally:
        events.append("l3 finally")
def level2():
    try:
        level3()
    except KeyError:
        events.append("l2 wrong handler")
    finally:
        events.append("l2 finally")
def level1():
    try:
        level2()
    except LookupError as e:
        events.append(f"l1 caught {type(e).__name__}: {e}")
        return "handled"
    finally:
        events.append("l1 finally")
print(level1())
for e in events:
    print(e)
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
