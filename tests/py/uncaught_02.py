# expect-error: KeyError: 'missing'
config = {"present": 1}
print(config["present"])
print(config["missing"])
