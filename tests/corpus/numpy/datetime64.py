# adapted from numba/tests/test_npdatetime.py: datetime64/timedelta64 arithmetic and comparisons in jitted code
import numpy as np

from numba import njit


@njit
def add_days(d, n):
    return d + n


@njit
def span(a, b):
    return b - a


@njit
def later(a, b):
    return a if a > b else b


d = np.datetime64('2024-02-27')
print(add_days(d, np.timedelta64(3, 'D')), add_days(d, np.timedelta64(-60, 'D')))
print(span(np.datetime64('2024-01-01'), np.datetime64('2024-03-01')))
print(later(np.datetime64('2023-12-31T23:00'), np.datetime64('2024-01-01T01:00')))
