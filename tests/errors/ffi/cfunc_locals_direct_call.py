# compile error
# a cfunc with locals= called directly: Numba runs the Python function
from numba import cfunc, types


@cfunc("float64(int64, int64)", locals={"c": types.int64})
def div(a, b):
    c = a / b
    return c


print(div.ctypes(8, 3))
print(div(8, 3))
