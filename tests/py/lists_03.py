# Sorting: key, reverse, stability
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["Banana", "apple", "cherry", "Apple"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, reverse=True))
print(sorted("hello world".split(), key=lambda w: w[-1]))
print(sorted([[3, 1], [1, 2], [1, 1]]))
print(sorted([3.5, 1, 2.25, -1]))
