import itertools
p = itertools.product([1], [2])
for x in p:
    print(x)
