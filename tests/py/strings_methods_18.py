# str.join on various iterables, str() on iterables, and string multiplication building
print(", ".join(("a", "b")), "|".join({"k": 1, "j": 2}), "".join(reversed("abc")), " ".join(map(str, range(3))))
print("+".join(str(i) for i in range(4)), "".join([]), "x".join("y"))
board = [["X", "O", " "], [" ", "X", "O"], ["O", " ", "X"]]
print("\n-+-+-\n".join("|".join(row) for row in board))
print(("=" * 3 + " ") * 3 + "=")
print("%s" % "|".join(["%02d" % i for i in range(0, 12, 3)]))
