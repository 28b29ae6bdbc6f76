# compile error
from enum import Enum
from numba import njit


class Color(Enum):
    RED = 1
    GREEN = 2


@njit
def name_of(c):
    return c.name


print(name_of(Color.RED))
