# Complex numbers: literals, complex(), arithmetic mixed with ints and
# floats (as CPython computes it: reals become complex first), division and
# powers, abs, real/imag/conjugate, equality, truth, printing and
# formatting, and a Mandelbrot escape loop where a float variable becomes
# complex.
from numba import jit


z = 1 + 2j
w = complex(3, -4)
print(z, w, z + w, z - w, z * w, z / w, -z, +z)
print(z.real, z.imag, z.conjugate(), abs(w), z == w, z != w, z == 1 + 2j)
print(2 * z, z * 2.5, z + 1, 1 - z, 3 / z, z ** 2, z ** -1, z ** 0.5, w ** z)
print(1j, -1j, 0j, complex(), complex(2), complex(1.5, 0), (0.0 - 1j) * 0, 1e16j)
print(1e300 * 1e300j, 1j ** 1000, (1 + 1j) ** 3, 2 ** (1 + 1j), 1j == 1j + 0)
print([z, w], (z, 1), str(z), repr(w), f"{z}|{w:.2f}|{1.5 - 2j:>12}|{3j:e}")
print("%s %r" % (1j, 2 + 0j), format(-0.0 + 1j), bool(0j), bool(1e-300j))
if z:
    print("nonzero is true")
if not 0j:
    print("zero is false")


@jit
def mandel(x, y, max_iters):
    c = complex(x, y)
    z = 0.0
    for i in range(max_iters):
        z = z * z + c
        if (z.real * z.real + z.imag * z.imag) >= 4:
            return i
    return max_iters


print([mandel(-2.0 + 0.15 * i, 0.5, 60) for i in range(16)])


@jit("complex128(complex128, float64)")
def scale(z, k):
    return z * k


def rotate_all(n):
    out = []
    r = 1 + 0j
    for k in range(n):
        out.append(r)
        r *= 1j
    return out


print(scale(1 + 1j, 2.0), scale.signatures, rotate_all(5))
z = 1j
z += 2
z *= z
z /= 1 - 1j
print(z, z.imag)
