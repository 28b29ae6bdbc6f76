import bisect
from bisect import bisect_left, bisect_right, insort

a = [1, 2, 4, 4, 8]
print(bisect_left(a, 4), bisect_right(a, 4), bisect.bisect(a, 5), bisect_left(a, 4, 3), bisect_right(a, 4, 0, 2))
b = [9]
for x in [5, 1, 4, 2, 3, 4]:
    insort(b, x)
print(b)
bisect.insort_left(b, 0)
print(b, bisect.bisect_left([1.0, 2.5], 2.0))
words = ["apple", "fig", "kiwi"]
print(bisect_left(words, "grape"), bisect_right(words, 3, key=len))
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
from numba import njit
import heapq


@njit
def jb(xs, v):
    return bisect_left(xs, v), bisect_right(xs, v)


@njit
def jheap(xs):
    h = [xs[0]]
    for x in xs[1:]:
        heapq.heappush(h, x)
    out = []
    while len(h) > 0:
        out.append(heapq.heappop(h))
    return out


print(jheap([5, 2, 8, 1]))
