# math.prod of lists and tuples, with start=; comb, perm and fsum.
import math

import numpy as np

a = np.zeros((3, 4, 5))
print(math.prod(a.shape), math.prod([1, 2, 3, 4]), math.prod([0.5, 4.0]))
print(math.prod([2, 3], start=10), math.prod([2, 3], start=0.5), math.prod([1.5, 2.0], start=2))
print(math.prod((2, 2, 2)), math.prod(list(range(1, 11))))
print(math.comb(10, 3), math.perm(6, 2), math.fsum([0.1] * 10))
n = 1
for k in range(1, 6):
    n = math.prod([n, k])
print(n)
