# adapted from numba/tests/test_operators.py: and/or/not usecases and truth of numbers in jitted code
from numba import njit


@njit
def and_usecase(a, b):
    return a and b


@njit
def or_usecase(a, b):
    return a or b


@njit
def not_usecase(a):
    return not a


@njit
def truth(x):
    if x:
        return "truthy"
    return "falsy"


for a, b in [(0, 5), (3, 0), (2, 7), (0, 0)]:
    print(a, b, and_usecase(a, b), or_usecase(a, b), not_usecase(a))
print(truth(0.0), truth(-0.5), truth(0), truth(True), truth(0j))
