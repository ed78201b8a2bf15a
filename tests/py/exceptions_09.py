# Exception handling in loops, else on loops, error recovery
data = ["1", "2", "x", "4", "", "6"]
total = 0
bad = []
for s in data:
    try:
        total += int(s)
    except ValueError as e:
        bad.append(str(e))
print(total)
for b in bad:
    print(b)
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            break
    else:
        raise LookupError("no even number")
    return x
print(first_even([1, 3, 4]))
try:
    first_even([1, 3])
except LookupError as e:
    print("LookupError:", e)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry")
        print("connected after", attempts)
        break
    except ConnectionError:
        continue
