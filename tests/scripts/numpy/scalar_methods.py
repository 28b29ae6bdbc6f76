# Methods of numpy scalars (round, item, is_integer, conjugate, real/imag)
# and round(x, n): numpy's algorithm for numpy scalars, CPython's for
# Python floats, Numba's in jitted code.
import numpy as np
from numba import njit

x = np.float64(2.675)
print(x.round(), x.round(2), x.round(decimals=1), round(x, 2), round(x), x.item())
print(x.is_integer(), np.float64(3.0).is_integer(), (2.5).is_integer(), (4.0).is_integer())
print(x.conjugate(), x.real, x.imag, [x.real, x.imag, x.round(1)])
print(round(2.675, 2), round(np.float64(0.285), 2), round(0.285, 2), round(np.float64(1234.5), -1))
y = np.float32(2.675)
print(y.round(), y.round(2), round(y), round(y, 1), y.item(), y.is_integer(), [y.round(2)])
i = np.int32(7)
print(i.item(), round(i), round(i, -1), i.real, i.imag, i.conjugate(), [i.round(), i.imag])
print(np.int64(25).round(-1), np.int64(35).round(-1), np.int64(-25).round(-1), np.int8(125).round(-1))
print(np.uint8(250).round(-2), np.int64(9007199254740993).round(-1), np.int64(15).round(-30))
print(np.int16(5).is_integer(), np.float64(np.inf).is_integer(), np.float64(np.nan).is_integer())
print([np.float64(-0.4).round(), np.float64(2.5).round(), np.float64(-2.5).round(), np.float64(2.5).round(-1)])
print(x.item() + 1, [x.item(), i.item(), np.bool_(True).item(), np.complex128(1 + 2j).item()])
z = np.complex128(1 + 2j)
print(z.conjugate(), z.real, z.imag)
n = 3
print(np.float64(1.23456789).round(n), round(np.float64(1.23456789), n), round(1.23456789, n))
a = np.array([2.675, 0.125, 1.5])
for k in range(3):
    print(a[k].round(2), round(a[k], 1), a[k].item())


@njit
def jit_parts(v):
    return round(v), v.conjugate(), v.real, v.imag


print(jit_parts(2.675), jit_parts(np.float32(2.675)), jit_parts(7), jit_parts(-2.5))


@njit
def jit_elems(a):
    s = 0.0
    for k in range(a.shape[0]):
        s += round(a[k]) + a[k].item()
    return s, a[0].item(), a[1].conjugate()


print(jit_elems(a))
