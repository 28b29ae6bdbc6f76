# heapq (a module rumba ships in Python): ints, floats, tuples and strings,
# from module code and from jitted code.
import heapq
from heapq import heappop, heappush

from numba import njit

h = []
for v in [5, 3, 8, 1, 9, 2]:
    heappush(h, v)
print(h)
print([heappop(h) for _ in range(3)], h)

tasks = [(3, "write"), (1, "plan"), (2, "code"), (1, "eat")]
heapq.heapify(tasks)
print(tasks)
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)

words = ["pear", "apple", "fig", "kiwi"]
heapq.heapify(words)
print(heapq.heapreplace(words, "banana"), words)
print(heapq.heappushpop(words, "aardvark"), heapq.heappushpop(words, "zebra"), words)
print(heapq.nsmallest(2, [4.5, 1.5, 3.0]), heapq.nlargest(5, [4, 1, 3]), heapq.nsmallest(-1, [1, 2]))


@njit
def kth_smallest(a, k):
    h = [a[0]]
    h.pop()
    for x in a:
        heapq.heappush(h, -x)
        if len(h) > k:
            heapq.heappop(h)
    return -h[0]


@njit
def dijkstra_like(n):
    h = [(0.0, 0)]
    seen = 0
    total = 0.0
    while len(h) > 0:
        d, node = heapq.heappop(h)
        seen += 1
        total += d
        if node < n:
            heapq.heappush(h, (d + 1.5, node + 1))
            heapq.heappush(h, (d + 0.25, node + 2))
    return seen, total


print(kth_smallest([7, 2, 9, 4, 1, 8], 3))
print(dijkstra_like(12))
