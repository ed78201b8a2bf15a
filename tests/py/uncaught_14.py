# expect-error: Exception
print("plain")
raise Exception
