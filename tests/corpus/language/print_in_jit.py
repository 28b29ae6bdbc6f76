# adapted from numba/tests/test_print.py: print_value, print_values, print_string, print_vararg, print_empty
import numpy as np

from numba import njit


@njit
def print_value(x):
    print(x)


@njit
def print_values(a, b, c):
    print(a, b, c)


@njit
def print_string(x):
    print(x, "hop!", 3.5)


@njit
def print_empty():
    print()


@njit
def print_array_item(arr, i):
    print(arr[i].x, arr[i].y)


print_value(1)
print_value(1.5)
print_value(True)
print_value(-3j)
print_values(1, 2.0, 3)
print_string("hello")
print_empty()
print_value(np.arange(5))
dtype = np.dtype([('x', np.int32), ('y', np.float64)])
arr = np.array([(1, 2.5), (3, 4.25)], dtype=dtype)
print_array_item(arr, 1)
