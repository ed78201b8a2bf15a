# Bowling score calculator with validation
def score(rolls):
    total, i = 0, 0
    for frame in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total
games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
}
for name, rolls in games.items():
    print(f"{name:>10}: {score(rolls)}")
try:
    score([10] * 5)
except IndexError as e:
    print("incomplete game:", e)
