# map and filter, with functions and lambdas, consumed whole by list,
# tuple, sum, sorted, min, max, any and all.
from numba import njit


@njit
def cube(x):
    return x * x * x


def is_odd(v):
    return v % 2 == 1


square = lambda x: x * x
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(map(square, [1, 2, 3])), list(filter(lambda v: v % 2, range(7))))
print(list(map(cube, xs)), tuple(map(float, (1, 2, 3))))
print(sum(map(lambda v: v * 0.5, xs)), sorted(filter(is_odd, xs)))
print(sorted(map(lambda v: -v, xs), reverse=True))
print(min(map(cube, xs)), max(filter(lambda v: v < 5, xs)))
print(any(map(is_odd, xs)), all(map(is_odd, xs)))
print(list(filter(None, [0, 1, 0, 2])))
k = 3
print(list(map(lambda v: v + k, xs)))
pairs = [(3, 1), (1, 5), (4, 0)]
print(sorted(enumerate(pairs), key=lambda t: -t[1][0]))
print(sorted(zip(xs, "abcdefgh")), max(enumerate(xs), key=lambda t: t[1]))
print(min(zip([2, 1, 3], [5, 6, 7])))
