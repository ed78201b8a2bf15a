# Memoisation patterns with dict keys as tuples, cache statistics
cache = {}
stats = {"hits": 0, "misses": 0}
def grid_paths(r, c):
    key = (r, c)
    if key in cache:
        stats["hits"] += 1
        return cache[key]
    stats["misses"] += 1
    if r == 0 or c == 0:
        result = 1
    else:
        result = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    cache[key] = result
    return result
print(grid_paths(16, 16), stats, len(cache))
def lcs_len(a, b, memo=None):
    if memo is None:
        memo = {}
    if not a or not b:
        return 0
    key = (len(a), len(b))
    if key not in memo:
        if a[0] == b[0]:
            memo[key] = 1 + lcs_len(a[1:], b[1:], memo)
        else:
            memo[key] = max(lcs_len(a[1:], b, memo), lcs_len(a, b[1:], memo))
    return memo[key]
print(lcs_len("AGGTAB", "GXTXAYB"), lcs_len("abcdefghij", "acegikmoqs"))
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    return ways[amount]
print(coin_change([1, 2, 5, 10, 20, 50, 100, 200], 200))
