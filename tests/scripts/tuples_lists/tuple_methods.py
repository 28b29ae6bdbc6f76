# tuple.index in module code and in jitted code, tuple.count in module code
# (Numba has no tuple.count); `in` on a list of mixed types.
from numba import njit


@njit
def find(t, v):
    return t.index(v)


t = (4, 3, 6, 3, 5)
print(t.index(3), t.count(3), t.count(7), find(t, 6), find(t, 3))
m = (1, 2.0, "two", 2)
print(m.index(2), m.count(2), m.index("two"), m.count("x"))
print(find((1.5, 2.5, 1.5), 1.5), find((True, False), 0))
try:
    find(t, 9)
except ValueError as e:
    print("ValueError:", e)
try:
    print(m.index(9))
except ValueError as e:
    print("ValueError:", e)
xs = [1, "a", 2.5]
print("a" in xs, 2 in xs, 2.5 not in xs)
