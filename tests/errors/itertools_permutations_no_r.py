import itertools

for p in itertools.permutations([1, 2, 3]):
    print(p)
