# adapted from numba/tests/test_flow_control.py: while_loop_usecase1..5
from numba import njit


@njit
def while_loop_usecase1(x, y):
    result = 0
    i = 0
    while i < x:
        result += i
        i += 1
    return result


@njit
def while_loop_usecase2(x, y):
    result = 0
    while result != x:
        result += 1
    return result


@njit
def while_loop_usecase3(x, y):
    result = 0
    i = 0
    j = 0
    while i < x:
        while j < y:
            result += i + j
            i += 1
            j += 1
    return result


@njit
def while_loop_usecase4(x, y):
    result = 0
    while True:
        result += 1
        if result > x:
            break
    return result


@njit
def while_loop_usecase5(x, y):
    result = 0
    while result < x:
        if result > y:
            result += 2
            continue
        result += 1
    return result


for f in (while_loop_usecase1, while_loop_usecase2, while_loop_usecase3,
          while_loop_usecase4, while_loop_usecase5):
    print(f.__name__, f(5, 5), f(3, 10), f(0, 0))
