# adapted from numba/tests/doc_examples/test_literally_usage.py: test_literally_usage
import numba


def power(x, n):
    raise NotImplementedError


@numba.extending.overload(power)
def ov_power(x, n):
    if isinstance(n, numba.types.Literal):
        if n.literal_value == 2:
            print("square")
            return lambda x, n: x * x
        elif n.literal_value == 3:
            print("cubic")
            return lambda x, n: x * x * x
    else:
        return lambda x, n: numba.literally(n)

    print("generic")
    return lambda x, n: x ** n


@numba.njit
def test_power(x, n):
    return power(x, n)


print(test_power(3, 2))
print(test_power(3, 3))
print(test_power(3, 4))
