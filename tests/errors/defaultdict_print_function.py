from collections import defaultdict

d = defaultdict(lambda: 0)
d["a"] += 1
print(d)
