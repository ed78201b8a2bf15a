# Large-ish list operations: building, filtering and summarising
nums = [(i * 7919) % 1000 for i in range(2000)]
print(len(nums), sum(nums), min(nums), max(nums))
print(len(set(nums)), sorted(nums)[:5], sorted(nums)[-5:])
evens = [n for n in nums if n % 2 == 0]
print(len(evens), evens[:5])
buckets = [0] * 10
for n in nums:
    buckets[n // 100] += 1
print(buckets)
print(nums.index(999), nums.count(0))
chunks = [nums[i:i + 500] for i in range(0, len(nums), 500)]
print([len(c) for c in chunks], [sum(c) for c in chunks])
