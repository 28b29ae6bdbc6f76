# Empty lists, sets and dicts filled by the functions they are passed to take
# the element types those functions gave them, in the caller too.
import heapq


def count(l):
    return len(l)


def fill(d, k, v):
    d[k] = v


def add_all(s, xs):
    for x in xs:
        s.add(x)


def push_twice(l, v):
    heapq.heappush(l, v)
    heapq.heappush(l, v + 1)


h = []
print(count(h))
h.append(3)
print(h)
d = {}
fill(d, "a", 1.5)
fill(d, "b", 2.5)
print(d)
s = set()
add_all(s, [3, 1, 2])
print(s)
q = []
push_twice(q, 5)
push_twice(q, 1)
print(q)


def main():
    r = []
    push_twice(r, 2.5)
    print(r)
    e = {}
    fill(e, 1, (2, 3))
    print(e)


main()


events = []


def record(kind, n):
    for i in range(n):
        heapq.heappush(events, (n - i, kind))


record("tick", 3)
print(events)
