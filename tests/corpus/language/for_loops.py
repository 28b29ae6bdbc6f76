# adapted from numba/tests/test_flow_control.py: for_loop_usecase1..10
from numba import njit


@njit
def for_loop_usecase1(x, y):
    result = 0
    for i in range(x):
        result += i
    return result


@njit
def for_loop_usecase2(x, y):
    result = 0
    for i, j in enumerate(range(x, y, -1)):
        result += i * j
    return result


@njit
def for_loop_usecase5(x, y):
    result = 0
    for i in range(x):
        result += 1
        if result > y:
            break
    return result


@njit
def for_loop_usecase6(x, y):
    result = 0
    for i in range(x):
        if i > y:
            continue
        result += 1
    return result


@njit
def for_loop_usecase8(x, y):
    result = 0
    for i in range(x, y, y - x + 1):
        result += 1
    return result


@njit
def for_loop_usecase9(x, y):
    z = 0
    for i in range(x):
        x = 0
        for j in range(x):
            if j == x / 2:
                z += j
                break
        else:
            z += y
    return z


@njit
def for_loop_usecase10(x, y):
    for i in range(x):
        if i == y:
            z = y
            break
    else:
        z = i * 2
    return z


funcs = [for_loop_usecase1, for_loop_usecase2, for_loop_usecase5,
         for_loop_usecase6, for_loop_usecase8, for_loop_usecase9,
         for_loop_usecase10]
for f in funcs:
    print(f.__name__, [f(x, y) for x, y in [(5, 3), (10, 2), (8, 20)]])
