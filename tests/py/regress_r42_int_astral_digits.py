# Regression: int() accepts astral-plane Unicode digits
print(int("\U0001D7D9\U0001D7DA"))
