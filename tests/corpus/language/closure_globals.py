# adapted from numba/tests/test_closure.py: run_jit_closure_variable, run_jit_multiple_closure_variables, run_jit_inner_function
from numba import jit


def make_adder(Y):
    @jit(nopython=True)
    def add_Y(x):
        return x + Y
    return add_Y


def make_mult(Y, Z):
    @jit(nopython=True)
    def add_Y_mult_Z(x):
        return (x + Y) * Z
    return add_Y_mult_Z


def mult_10(a):
    return a * 10


c_mult_10 = jit(nopython=True)(mult_10)


@jit(nopython=True)
def do_math(x):
    return c_mult_10(x + 4)


add10 = make_adder(10)
add3 = make_adder(3)
print(add10(1), add3(1), add10(2.5))
print(make_mult(1, 2)(3), make_mult(0.5, 4)(1))
print(do_math(8), do_math(-4))
