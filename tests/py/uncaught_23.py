# expect-error: TypeError: can only concatenate str (not "int") to str
total = 5
print("start")
print("total: " + total)
