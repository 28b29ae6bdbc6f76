# numpy.linalg functions written in Python (see _rumba_numpy.py): numpy's
# algorithms from numpy/linalg/_linalg.py, operation for operation.
import numpy as np


def _sqnorm(x):
    if x.dtype.kind == "c":
        r = x.real.ravel()
        i = x.imag.ravel()
        return r.dot(r) + i.dot(i)
    f = x.ravel().astype(np.float64)
    return f.dot(f)


def _vector_norm(x, ord):
    a = np.abs(x)
    if ord == np.inf:
        return a.max()
    if ord == -np.inf:
        return a.min()
    if ord == 0:
        return np.float64(np.count_nonzero(x))
    if ord == 1:
        return np.sum(a)
    s = np.sum(a.astype(np.float64) ** ord)
    return s ** (1.0 / ord)


def _matrix_norm(x, ord):
    a = np.abs(x)
    if ord == 1:
        return np.sum(a, axis=0).max()
    if ord == -1:
        return np.sum(a, axis=0).min()
    if ord == np.inf:
        return np.sum(a, axis=1).max()
    if ord == -np.inf:
        return np.sum(a, axis=1).min()
    raise ValueError("rumba's numpy.linalg.norm() of a matrix takes ord None, 1, -1, inf or -inf")


def norm(x, ord=None, axis=None):
    if axis is None:
        if ord is None:
            return np.sqrt(_sqnorm(x))
        if x.ndim == 1:
            if ord == 2:
                return np.sqrt(_sqnorm(x))
            return _vector_norm(x, ord)
        if x.ndim == 2:
            return _matrix_norm(x, ord)
        raise ValueError("Improper number of dimensions to norm.")
    if ord is None:
        if x.dtype.kind == "c":
            s = (np.conj(x) * x).real
            return np.sqrt(np.sum(s, axis=axis))
        return np.sqrt(np.sum(x * x, axis=axis))
    raise ValueError("rumba's numpy.linalg.norm() with axis= takes ord=None")
