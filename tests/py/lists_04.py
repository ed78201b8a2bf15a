# List as stack and queue, list of lists
stack = []
for c in "abc":
    stack.append(c)
while stack:
    print(stack.pop(), end="")
print()
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print(list(zip(*matrix)))
flat = [x for row in matrix for x in row]
print(flat)
print([sum(r) for r in matrix], [max(c) for c in zip(*matrix)])
