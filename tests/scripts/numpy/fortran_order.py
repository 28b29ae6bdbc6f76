# Fortran-ordered arrays in module code: constructors, layouts and flags,
# views, elementwise results, orders of ravel/reshape/copy, reductions
import numpy as np
from numba import typeof

a = np.zeros((2, 3), order='F')
print(typeof(a), a.flags.f_contiguous, a.flags.c_contiguous, a.strides)
b = np.arange(6.0).reshape(2, 3)
print(typeof(b.T), b.T.flags.f_contiguous, typeof(b.T.T), typeof(np.transpose(b)))
c = np.asfortranarray(b)
print(c)
print(typeof(c), c.strides, np.isfortran(c), np.isfortran(b), np.isfortran(b[0]))
print(typeof(np.ones((2, 2), order='F')), typeof(np.empty((3, 2, 2), order='F')))
print(typeof(np.full((2, 2), 3.0, order='F')), typeof(np.zeros(4, order='F')))
print(np.empty((3, 2, 2), order='F').strides, np.ones((2, 2), np.int32, 'F').strides)
e = np.array([[1, 2], [3, 4]], order='F')
print(e, typeof(e), e.strides)

# Elementwise results keep Fortran order when no operand is C.
print(typeof(c + 1.0), (c + 1.0).strides, typeof(c * c), typeof(np.sqrt(c)))
print(typeof(-c), typeof(c > 2), typeof(c + b), typeof(np.zeros_like(c)))
print(typeof(c.astype(np.int32)), c.astype(np.int32).strides, (c + 1.0).flags.f_contiguous)

# Views: integer indices on the right keep a Fortran array contiguous.
print(typeof(c[0]), typeof(c[:, 0]), typeof(c[:, 1:]), typeof(c[1:]), typeof(c[1:, 1:]))
print(c[:, 1:], c[1], c[:, 2].flags.c_contiguous)
for row in c:
    print(row, typeof(row))
c[1, 2] = 50.0
c[:, 0] = -1.0
print(c, b)

# Orders.
print(c.ravel(), c.ravel('F'), c.flatten('F'), np.ravel(c, order='F'), c.ravel(order='K'))
print(b.ravel('A'), c.ravel('A'), b.flatten(order='K'))
print(c.reshape(3, 2))
print(c.reshape((3, 2), order='F'), typeof(c.reshape((3, 2), order='F')))
print(b.reshape(3, 2, order='F'), np.reshape(b, (3, 2), order='F'), np.reshape(b, 6, order='F'))
print(typeof(c.copy()), typeof(c.copy(order='F')), typeof(b.copy('A')), typeof(c.copy('K')))
print(typeof(np.copy(c)), typeof(np.array(c)), typeof(np.asarray(c)), typeof(np.array(b, order='F')))
print(typeof(np.ascontiguousarray(c)), np.ascontiguousarray(c).strides)
t = np.arange(24).reshape(2, 3, 4)
f3 = np.asfortranarray(t)
print(f3.strides, typeof(f3), f3[1, 2], f3[:, :, 3])
print(f3.ravel('F')[:8], f3.reshape(4, 6, order='F'))

# Sums add Fortran arrays in memory order, as numpy does.
d = np.array([[1e16, 1.0, 1.0], [-1e16, 1.0, 3.0]], order='F')
print(d.sum(), np.sum(d), d.mean(), d.T.sum(), np.ascontiguousarray(d).sum(), d.prod())
print(d.sum(axis=0), d.min(), d.argmax(), d.var())
print(isinstance(c, np.ndarray), isinstance(1.0, np.ndarray))
