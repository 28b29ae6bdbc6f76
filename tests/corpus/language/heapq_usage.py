# adapted from numba/tests/test_heapq.py: heapify, heappush, heappop, nsmallest, nlargest
import heapq

from numba import njit


@njit
def heapsort(values):
    h = list(values)
    heapq.heapify(h)
    out = []
    while len(h) > 0:
        out.append(heapq.heappop(h))
    return out


@njit
def push_all(values):
    h = [values[0]]
    for v in values[1:]:
        heapq.heappush(h, v)
    return heapq.heappushpop(h, 0.5), heapq.heapreplace(h, 100.0), h[0]


@njit
def extremes(n, values):
    return heapq.nsmallest(n, values), heapq.nlargest(n, values)


data = [5.0, 1.0, 8.0, 3.0, 9.0, 2.0, 7.0]
print(heapsort(data))
print(push_all(data))
print(extremes(3, data))
