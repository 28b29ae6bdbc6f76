# a.flat and np.ndenumerate (elements in C order, read as the loop reaches
# them), a[t] with a tuple of ints, .strides, .flags, .tolist(), sorted(a).
import numpy as np
from numba import njit


@njit
def flat_sum(a):
    s = 0.0
    for i, v in enumerate(a.flat):
        s += (i + 1) * v
    return s


@njit
def nd_sum(a):
    s = 0
    for (i, j), v in np.ndenumerate(a):
        s += (i + 1) * (j + 1) * v
    return s


@njit
def running(a):
    # Each element is read when reached: earlier writes are seen.
    for idx, v in np.ndenumerate(a):
        if idx[1] + 1 < a.shape[1]:
            a[idx[0], idx[1] + 1] += v
    return a


@njit
def fill_by_index(a):
    for idx, v in np.ndenumerate(a):
        a[idx] = v * 10 + len(idx)
    return a


@njit
def attrs(a):
    return a.strides, a.flags.c_contiguous, a.flags.f_contiguous, a.flags.contiguous


@njit
def sorted_jit(a):
    return sorted(a), sorted(a, reverse=True)


a = np.arange(12).reshape(3, 4)
print(flat_sum(a), flat_sum(a.T), flat_sum(a[::2, 1:]))
print(nd_sum(a), nd_sum(a.T))
print(running(np.ones((2, 3))))
print(fill_by_index(np.arange(6.0).reshape(2, 3)))
for v in a[1:, ::2].flat:
    print(v)
print([v for v in np.arange(4).flat])
for idx, v in np.ndenumerate(np.array([[1.5, 2.5], [3.5, 4.5]])):
    print(idx, v)
for k, v in np.ndenumerate(np.array([True, False])):
    print(k, v)
b = np.zeros((2, 3, 4), dtype=np.int32)
t = (1, 2, 3)
b[t] = 7
print(b[t], b.sum())
print(attrs(np.zeros((2, 3))), attrs(np.zeros((2, 3)).T), attrs(np.zeros((4, 6))[:, 1:]))
print(attrs(np.zeros(3)), attrs(np.zeros(6)[::2]), attrs(np.zeros((3, 1))[::2]))
m = np.zeros((3, 4))
print(m.strides, m.T.strides, m[::2, ::3].strides, np.zeros(2, np.uint8).strides)
print(m.flags.c_contiguous, m.T.flags.c_contiguous, m.T.flags.f_contiguous, m.flags.contiguous)
print(np.zeros((0, 3))[:, ::2].flags.c_contiguous, np.zeros((2, 1, 3))[:, :, ::3].flags.f_contiguous)
print(np.arange(6).reshape(2, 3).tolist(), np.arange(3.0).tolist())
print(np.array([[True], [False]]).tolist(), np.arange(24).reshape(2, 3, 4)[:, 1:, ::2].tolist())
print(np.array([0.1], dtype=np.float32).tolist(), np.zeros((2, 0)).tolist())
print(sorted(np.array([3.5, -1.0, 0.0, -0.0, 2.0])), sorted(np.array([3, 1, 2]), reverse=True))
print(sorted_jit(np.array([2.5, 1.5, 9.0])), sorted_jit(np.array([4, 1, 3])))
