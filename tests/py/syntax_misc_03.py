# Ternaries, lambdas, and comprehensions nested in expressions
x = 5
y = "big" if x > 3 else "small" if x > 1 else "tiny"
f = lambda n: "even" if n % 2 == 0 else "odd"
print(y, [f(n) for n in range(4)])
nums = [1, 2, 3, 4, 5, 6]
print([n ** 2 if n % 2 else -n for n in nums if n != 3])
print({n: ("fizz" * (n % 3 == 0) + "buzz" * (n % 5 == 0) or n) for n in range(1, 16) if n % 3 == 0 or n % 5 == 0})
print(sorted(nums, key=lambda n: (n % 3, -n)))
print((lambda a, b: a if a > b else b)(3, 9), max(nums, key=lambda n: abs(n - 3.6)))
print([[j for j in range(i)] for i in range(4) if i])
print(any(n > 5 for n in nums) and all(n > 0 for n in nums))
