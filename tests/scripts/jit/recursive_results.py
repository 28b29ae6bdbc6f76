# Results of compiled recursive calls: ints, floats, tuples, strings, lists,
# constants, results used after divisions and calls, and void calls.
from numba import njit


@njit
def tri(n):
    if n == 0:
        return 0
    return n + tri(n - 1)


@njit
def halves(x, n):
    if n == 0:
        return x
    return 0.5 * halves(x, n - 1) + 1.0


@njit
def pair(n):
    if n < 2:
        return n, 1
    a, b = pair(n - 1)
    c, d = pair(n - 2)
    return a + c, b + d


@njit
def label(n):
    if n == 0:
        return "x"
    return label(n - 1) + str(n % 10)


@njit
def build(n):
    if n == 0:
        return [0]
    xs = build(n - 1)
    xs.append(n * n)
    return xs


@njit
def seven(n):
    if n <= 0:
        return 7
    seven(n - 1)
    return 7


@njit
def divs(n, k):
    if n < 3:
        return n + 1
    a = divs(n - 1, k)
    q = (a * 7) // k
    r = a % k
    b = divs(n - 2, k)
    return q + r + b



@njit
def touch(xs, n):
    if n == 0:
        return
    xs[0] += n
    touch(xs, n - 1)


@njit
def after_void(xs, n):
    if n == 0:
        return xs[0]
    touch(xs, n)
    return after_void(xs, n - 1) + 1


for i in range(3):
    print(tri(40 + i), halves(3.0, 30 + i), pair(15 + i))
    print(label(12 + i), build(5 + i), seven(10 + i), divs(18 + i, 5))
    ys = [0]
    print(after_void(ys, 6 + i), ys)
