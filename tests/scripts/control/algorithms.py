# Small algorithms: sieve, insertion sort, binary search, gcd table, primes.
import numpy as np


def sieve(n):
    is_p = np.ones(n + 1, dtype=np.bool_)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    count = 0
    for k in range(n + 1):
        if is_p[k]:
            count += 1
    return count


def insertion_sort(xs):
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key


def bsearch(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


print(sieve(100), sieve(1000), sieve(2000))
data = [9, 4, 7, 1, 8, 2, 2, 6, 0, -3]
insertion_sort(data)
print(data)
fl = [2.5, -1.0, 3.25, 0.0]
insertion_sort(fl)
print(fl)
arr = np.array([5.0, 3.0, 9.0, 1.0])
insertion_sort(arr)
print(arr)
print(bsearch(data, 7), bsearch(data, 5), bsearch(data, -3), bsearch(data, 9))
seed = 12345
vals = []
for i in range(8):
    seed = (seed * 1103515245 + 12345) % 2147483648
    vals.append(seed % 100)
print(vals)
x = 0.5
for i in range(50):
    x = 3.7 * x * (1.0 - x)
print(x)
