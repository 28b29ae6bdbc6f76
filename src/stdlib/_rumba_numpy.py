# numpy functions written in Python, compiled by rumba as any script module
# is: `np.name` finds them when the native table lacks the name. Each
# follows numpy's own algorithm (numpy/lib/*_impl.py), operation for
# operation, so that results agree to the bit; Numba's versions
# (numba/np/arraymath.py) are the same algorithms.
import math

import numpy as np


def _linspace(start, stop, num, endpoint):
    # linspace(num + 1) has the step that endpoint=False uses.
    if endpoint:
        return np.linspace(start, stop, num)
    return np.linspace(start, stop, num + 1)[:-1]


def logspace(start, stop, num=50, endpoint=True, base=10.0):
    return np.power(base, _linspace(start, stop, num, endpoint))


def geomspace(start, stop, num=50, endpoint=True):
    if start == 0 or stop == 0:
        raise ValueError("Geometric sequence cannot include zero")
    start = start * 1.0
    stop = stop * 1.0
    sign = 1.0
    if start < 0 and stop < 0:
        sign = -1.0
        start = -start
        stop = -stop
    elif start < 0 or stop < 0:
        raise ValueError("Geometric sequence with mixed signs is not supported by rumba")
    out = logspace(math.log10(start), math.log10(stop), num, endpoint)
    if num > 0:
        out[0] = start
    if num > 1 and endpoint:
        out[num - 1] = stop
    return out * sign


def _window_n(m):
    return np.arange(1.0 - m, m, 2.0)


def bartlett(M):
    m = M * 1.0
    if m < 1:
        return np.empty(0)
    if m == 1:
        return np.ones(1)
    n = _window_n(m)
    return np.where(n <= 0, 1 + n / (m - 1), 1 - n / (m - 1))


def blackman(M):
    m = M * 1.0
    if m < 1:
        return np.empty(0)
    if m == 1:
        return np.ones(1)
    n = _window_n(m)
    return 0.42 + 0.5 * np.cos(np.pi * n / (m - 1)) + 0.08 * np.cos(2.0 * np.pi * n / (m - 1))


def hamming(M):
    m = M * 1.0
    if m < 1:
        return np.empty(0)
    if m == 1:
        return np.ones(1)
    n = _window_n(m)
    return 0.54 + 0.46 * np.cos(np.pi * n / (m - 1))


def hanning(M):
    m = M * 1.0
    if m < 1:
        return np.empty(0)
    if m == 1:
        return np.ones(1)
    n = _window_n(m)
    return 0.5 + 0.5 * np.cos(np.pi * n / (m - 1))


_I0A = (
    -4.41534164647933937950e-18, 3.33079451882223809783e-17,
    -2.43127984654795469359e-16, 1.71539128555513303061e-15,
    -1.16853328779934516808e-14, 7.67618549860493561688e-14,
    -4.85644678311192946090e-13, 2.95505266312963983461e-12,
    -1.72682629144155570723e-11, 9.67580903537323691224e-11,
    -5.18979560163526290666e-10, 2.65982372468238665035e-9,
    -1.30002500998624804212e-8, 6.04699502254191894932e-8,
    -2.67079385394061173391e-7, 1.11738753912010371815e-6,
    -4.41673835845875056359e-6, 1.64484480707288970893e-5,
    -5.75419501008210370398e-5, 1.88502885095841655729e-4,
    -5.76375574538582365885e-4, 1.63947561694133579842e-3,
    -4.32430999505057594430e-3, 1.05464603945949983183e-2,
    -2.37374148058994688156e-2, 4.93052842396707084878e-2,
    -9.49010970480476444210e-2, 1.71620901522208775349e-1,
    -3.04682672343198398683e-1, 6.76795274409476084995e-1,
)
_I0B = (
    -7.23318048787475395456e-18, -4.83050448594418207126e-18,
    4.46562142029675999901e-17, 3.46122286769746109310e-17,
    -2.82762398051658348494e-16, -3.42548561967721913462e-16,
    1.77256013305652638360e-15, 3.81168066935262242075e-15,
    -9.55484669882830764870e-15, -4.15056934728722208663e-14,
    1.54008621752140982691e-14, 3.85277838274214270114e-13,
    7.18012445138366623367e-13, -1.79417853150680611778e-12,
    -1.32158118404477131188e-11, -3.14991652796324136454e-11,
    1.18891471078464383424e-11, 4.94060238822496958910e-10,
    3.39623202570838634515e-9, 2.26666899049817806459e-8,
    2.04891858946906374183e-7, 2.89137052083475648297e-6,
    6.88975834691682398426e-5, 3.36911647825569408990e-3,
    8.04490411014108831608e-1,
)


def _chbevl(x, vals):
    b0 = vals[0]
    b1 = 0.0
    b2 = 0.0
    for i in range(1, len(vals)):
        b2 = b1
        b1 = b0
        b0 = x * b1 - b2 + vals[i]
    return 0.5 * (b0 - b2)


def _i0(x):
    x = abs(x)
    if x <= 8.0:
        return math.exp(x) * _chbevl(x / 2.0 - 2, _I0A)
    half_exp = math.exp(0.5 * x)
    return half_exp * (_chbevl(32.0 / x - 2.0, _I0B) / math.sqrt(x)) * half_exp


def i0(x):
    a = np.asarray(x) * 1.0
    out = np.empty(a.shape)
    flat = out.ravel()
    src = a.ravel()
    for i in range(src.size):
        flat[i] = _i0(src[i])
    return out


def kaiser(M, beta):
    m = M * 1.0
    beta = beta * 1.0
    if m == 1:
        return np.ones(1)
    n = np.arange(0.0, m)
    alpha = (m - 1) / 2.0
    return i0(beta * np.sqrt(1 - ((n - alpha) / alpha) ** 2.0)) / _i0(beta)


def sinc(x):
    y = np.pi * np.asarray(x)
    y = np.where(y == 0, 1.0e-20, y)
    return np.sin(y) / y


def tri(N, M=None, k=0, dtype=None):
    cols = N if M is None else M
    if dtype is None:
        m = np.zeros((N, cols))
    else:
        m = np.zeros((N, cols), dtype=dtype)
    for i in range(N):
        for j in range(min(cols, max(0, i + k + 1))):
            m[i, j] = 1
    return m


def _tri_indices(n, k, m, lower):
    cols = n if m is None else m
    count = 0
    for i in range(n):
        for j in range(cols):
            if (j - i <= k) == lower:
                count += 1
    rows = np.empty(count, dtype=np.int64)
    idx = np.empty(count, dtype=np.int64)
    c = 0
    for i in range(n):
        for j in range(cols):
            if (j - i <= k) == lower:
                rows[c] = i
                idx[c] = j
                c += 1
    return rows, idx


def tril_indices(n, k=0, m=None):
    return _tri_indices(n, k, m, True)


def triu_indices(n, k=0, m=None):
    return _tri_indices(n, k - 1, m, False)


def tril_indices_from(arr, k=0):
    if arr.ndim != 2:
        raise ValueError("input array must be 2-d")
    return tril_indices(arr.shape[0], k, arr.shape[1])


def triu_indices_from(arr, k=0):
    if arr.ndim != 2:
        raise ValueError("input array must be 2-d")
    return triu_indices(arr.shape[0], k, arr.shape[1])


def vander(x, N=None, increasing=False):
    x = np.asarray(x)
    if x.ndim != 1:
        raise ValueError("x must be a one-dimensional array or sequence.")
    cols = len(x) if N is None else N
    # numpy's promote_types(x.dtype, int): what adding an int64 array gives.
    v = np.empty((len(x), cols), dtype=(x[:0] + np.zeros(0, dtype=np.int64)).dtype)
    acc = np.ones(1, dtype=v.dtype)
    for i in range(len(x)):
        acc[0] = 1
        for j in range(cols):
            v[i, j if increasing else cols - 1 - j] = acc[0]
            acc[0] = acc[0] * x[i]
    return v


def diagflat(v, k=0):
    v = np.asarray(v).ravel()
    s = len(v)
    n = s + abs(k)
    res = np.zeros((n, n), dtype=v.dtype)
    for i in range(s):
        if k >= 0:
            res[i, i + k] = v[i]
        else:
            res[i - k, i] = v[i]
    return res


def isin(element, test_elements, assume_unique=False, invert=False):
    a = np.asarray(element)
    t = np.sort(np.asarray(test_elements).ravel())
    out = np.empty(a.shape, dtype=np.bool_)
    src = a.ravel()
    flat = out.ravel()
    for i in range(src.size):
        k = np.searchsorted(t, src[i])
        found = k < t.size and t[min(k, t.size - 1)] == src[i]
        flat[i] = found != invert
    return out


def intersect1d(ar1, ar2, assume_unique=False):
    aux = np.concatenate((np.unique(ar1), np.unique(ar2)))
    aux.sort()
    return aux[:-1][aux[1:] == aux[:-1]]


def union1d(ar1, ar2):
    return np.unique(np.concatenate((np.asarray(ar1).ravel(), np.asarray(ar2).ravel())))


def setdiff1d(ar1, ar2, assume_unique=False):
    a = np.unique(ar1)
    return a[isin(a, np.unique(ar2), True, True)]


def setxor1d(ar1, ar2, assume_unique=False):
    aux = np.concatenate((np.unique(ar1), np.unique(ar2)))
    if aux.size == 0:
        return aux
    aux.sort()
    flag = np.empty(aux.size + 1, dtype=np.bool_)
    flag[0] = True
    flag[aux.size] = True
    flag[1:aux.size] = aux[1:] != aux[:-1]
    return aux[flag[1:] & flag[:-1]]


def ediff1d(ary, to_end=None, to_begin=None):
    d = np.diff(np.asarray(ary).ravel())
    if to_begin is not None:
        d = np.concatenate((np.asarray(to_begin, dtype=d.dtype).ravel(), d))
    if to_end is not None:
        d = np.concatenate((d, np.asarray(to_end, dtype=d.dtype).ravel()))
    return d


def trapezoid(y, x=None, dx=1.0):
    y = np.asarray(y)
    if x is None:
        return np.sum(dx * (y[1:] + y[:-1]) / 2.0)
    return np.sum(np.diff(np.asarray(x)) * (y[1:] + y[:-1]) / 2.0)


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    a = np.asarray(x)
    out = a.copy() if copy else a
    # np.finfo(a.dtype).max
    big = 3.4028234663852886e38 if a.itemsize == 4 else 1.7976931348623157e308
    hi = big if posinf is None else posinf
    lo = -big if neginf is None else neginf
    flat = out.ravel()
    for i in range(flat.size):
        v = flat[i]
        if np.isnan(v):
            flat[i] = nan
        elif np.isinf(v):
            flat[i] = hi if v > 0 else lo
    return out


def nancumsum(a):
    a = np.asarray(a)
    return np.cumsum(np.where(np.isnan(a), 0, a))


def nancumprod(a):
    a = np.asarray(a)
    return np.cumprod(np.where(np.isnan(a), 1, a))


def _not_nan(a):
    a = np.asarray(a).ravel()
    return a[~np.isnan(a)]


def nanmedian(a):
    return np.median(_not_nan(a))


def nanpercentile(a, q):
    return np.percentile(_not_nan(a), q)


def nanquantile(a, q):
    return np.quantile(_not_nan(a), q)


def select(condlist, choicelist, default=0):
    if len(condlist) != len(choicelist):
        raise ValueError("list of cases must be same length as list of conditions")
    n = len(condlist)
    out = np.where(condlist[n - 1], choicelist[n - 1], default)
    for i in range(n - 2, -1, -1):
        out = np.where(condlist[i], choicelist[i], out)
    return out


def extract(condition, arr):
    return np.asarray(arr).ravel()[np.asarray(condition).ravel() != 0]


def fill_diagonal(a, val, wrap=False):
    if a.ndim < 2:
        raise ValueError("array must be at least 2-d")
    v = _flat(val)
    flat = a.ravel()
    if a.ndim == 2:
        step = a.shape[1] + 1
        end = flat.size if wrap else a.shape[1] * a.shape[1]
    else:
        step = 1
        for k in range(1, a.ndim):
            if a.shape[k] != a.shape[0]:
                raise ValueError("All dimensions of input must be of equal length")
            step = step * a.shape[0] + 1
        end = flat.size
    i = 0
    pos = 0
    while pos < end and pos < flat.size:
        flat[pos] = v[i % v.size]
        pos += step
        i += 1


def indices(dimensions):
    out = np.empty((len(dimensions),) + dimensions, dtype=np.int64)
    flat = out.ravel()
    total = 1
    for d in dimensions:
        total *= d
    for f in range(total):
        rem = f
        for k in range(len(dimensions) - 1, -1, -1):
            flat[k * total + f] = rem % dimensions[k]
            rem //= dimensions[k]
    return out


def resize(a, new_shape):
    src = np.asarray(a).ravel()
    out = np.zeros(new_shape, dtype=src.dtype)
    flat = out.ravel()
    if src.size > 0:
        for i in range(flat.size):
            flat[i] = src[i % src.size]
    return out


def trim_zeros(filt, trim="fb"):
    first = 0
    last = len(filt)
    if "f" in trim or "F" in trim:
        while first < last and filt[first] == 0:
            first += 1
    if "b" in trim or "B" in trim:
        while last > first and filt[last - 1] == 0:
            last -= 1
    return filt[first:last]


def asarray_chkfinite(a):
    a = np.asarray(a)
    if not np.isfinite(a).all():
        raise ValueError("array must not contain infs or NaNs")
    return a


def vdot(a, b):
    return np.dot(np.conj(np.asarray(a).ravel()), np.asarray(b).ravel())


def isposinf(x):
    return np.isinf(x) & (np.asarray(x) > 0)


def isneginf(x):
    return np.isinf(x) & (np.asarray(x) < 0)


def _flat(x):
    # np.asarray(x).ravel() for arrays and scalars alike.
    if isinstance(x, np.ndarray):
        return x.ravel()
    return np.array([x])


def _correlate(a, v, mode):
    n = a.size
    m = v.size
    full = n + m - 1
    out = np.zeros(full, dtype=(a[:0] * v[:0]).dtype)
    for k in range(full):
        lo = max(0, m - 1 - k)
        hi = min(m, n + m - 1 - k)
        s = out[k]
        for j in range(lo, hi):
            s += a[k - (m - 1) + j] * v[j]
        out[k] = s
    if mode == "full":
        return out
    if mode == "same":
        start = (m - 1) // 2 if n >= m else n // 2
        return out[start:start + max(n, m)]
    if mode == "valid":
        return out[min(n, m) - 1:max(n, m)]
    raise ValueError("mode must be one of 'valid', 'same', or 'full'")


def convolve(a, v, mode="full"):
    a = np.asarray(a).ravel()
    v = np.asarray(v).ravel()
    if a.size == 0:
        raise ValueError("a cannot be empty")
    if v.size == 0:
        raise ValueError("v cannot be empty")
    if v.size > a.size:
        return _correlate(v, a[::-1], mode)
    return _correlate(a, v[::-1], mode)


def correlate(a, v, mode="valid"):
    a = np.asarray(a).ravel()
    v = np.asarray(v).ravel()
    if a.size == 0 or v.size == 0:
        raise ValueError("Array arguments cannot be empty")
    return _correlate(a, np.conj(v), mode)


def _as_array(a):
    if isinstance(a, np.ndarray):
        return a
    if isinstance(a, (list, tuple)):
        return np.array(a)
    return np.array([a])


def atleast_1d(a):
    return _as_array(a)


def atleast_2d(a):
    x = _as_array(a)
    if x.ndim == 1:
        return x.reshape(1, x.shape[0])
    return x


def atleast_3d(a):
    x = _as_array(a)
    if x.ndim == 1:
        return x.reshape(1, x.shape[0], 1)
    if x.ndim == 2:
        return x.reshape(x.shape[0], x.shape[1], 1)
    return x


def row_stack(tup):
    return np.vstack(tup)


def _split_points(ary, indices_or_sections, axis, equal):
    ntotal = ary.shape[axis]
    if isinstance(indices_or_sections, int):
        nsections = indices_or_sections
        if nsections <= 0:
            raise ValueError("number sections must be larger than 0.")
        each, extras = divmod(ntotal, nsections)
        if equal and extras != 0:
            raise ValueError("array split does not result in an equal division")
        points = [0]
        for i in range(nsections):
            points.append(points[-1] + (each + 1 if i < extras else each))
        return points
    points = [0]
    for i in indices_or_sections:
        points.append(i)
    points.append(ntotal)
    return points


def _split(ary, indices_or_sections, axis, equal):
    if axis < 0:
        axis += ary.ndim
    points = _split_points(ary, indices_or_sections, axis, equal)
    sary = np.swapaxes(ary, axis, 0)
    subs = []
    for i in range(len(points) - 1):
        subs.append(np.swapaxes(sary[points[i]:points[i + 1]], axis, 0))
    return subs


def array_split(ary, indices_or_sections, axis=0):
    return _split(ary, indices_or_sections, axis, False)


def split(ary, indices_or_sections, axis=0):
    return _split(ary, indices_or_sections, axis, True)


def hsplit(ary, indices_or_sections):
    if ary.ndim == 0:
        raise ValueError("hsplit only works on arrays of 1 or more dimensions")
    if ary.ndim > 1:
        return _split(ary, indices_or_sections, 1, True)
    return _split(ary, indices_or_sections, 0, True)


def vsplit(ary, indices_or_sections):
    if ary.ndim < 2:
        raise ValueError("vsplit only works on arrays of 2 or more dimensions")
    return _split(ary, indices_or_sections, 0, True)


def dsplit(ary, indices_or_sections):
    if ary.ndim < 3:
        raise ValueError("dsplit only works on arrays of 3 or more dimensions")
    return _split(ary, indices_or_sections, 2, True)


def rot90(m, k=1):
    if m.ndim < 2:
        raise ValueError("Axes must be different.")
    k = k % 4
    if k == 0:
        return m[:, :]
    if k == 2:
        return m[::-1, ::-1]
    t = np.swapaxes(m, 0, 1)
    if k == 1:
        return t[::-1, :]
    return t[:, ::-1]


def isscalar(element):
    return isinstance(element, (int, float, complex, bool, str, bytes))


def iscomplexobj(x):
    return _as_array(x).dtype.kind == "c"


def isrealobj(x):
    return not iscomplexobj(x)


def iscomplex(x):
    a = _as_array(x)
    if a.dtype.kind == "c":
        return a.imag != 0
    return np.zeros(a.shape, np.bool_)


def isreal(x):
    return np.logical_not(iscomplex(x))


def heaviside(x1, x2):
    if isinstance(x1, np.ndarray):
        return np.where(x1 < 0, 0.0, np.where(x1 > 0, 1.0, np.where(x1 == 0, x2, np.nan)))
    if x1 < 0:
        return np.float64(0.0)
    if x1 > 0:
        return np.float64(1.0)
    if x1 == 0:
        return np.float64(x2)
    return np.float64(np.nan)


def polyval(p, x):
    p = _as_array(p)
    if isinstance(x, np.ndarray):
        y = np.zeros_like(x) * x + p[0]
    else:
        y = 0 * x + p[0]
    for i in range(1, len(p)):
        y = y * x + p[i]
    return y


def gradient(f, dx=1.0):
    if f.ndim != 1:
        raise ValueError("rumba's numpy.gradient() takes 1-D arrays")
    n = f.shape[0]
    if n < 2:
        raise ValueError(
            "Shape of array too small to calculate a numerical gradient, "
            "at least (edge_order + 1) elements are required."
        )
    a = f.astype(np.float64)
    out = np.empty(n)
    out[1:-1] = (a[2:] - a[:-2]) / (2.0 * dx)
    out[0] = (a[1] - a[0]) / dx
    out[-1] = (a[-1] - a[-2]) / dx
    return out


def unwrap(p, discont=None, period=6.283185307179586):
    a = p.astype(np.float64)
    dd = np.diff(a)
    if discont is None:
        discont = period / 2
    high = period / 2
    low = -high
    ddmod = np.mod(dd - low, period) + low
    for i in range(dd.shape[0]):
        if ddmod[i] == low and dd[i] > 0:
            ddmod[i] = high
    ph_correct = ddmod - dd
    for i in range(dd.shape[0]):
        if abs(dd[i]) < discont:
            ph_correct[i] = 0.0
    up = a.copy()
    up[1:] = a[1:] + np.cumsum(ph_correct)
    return up


def tile(A, reps):
    a = _as_array(A)
    if isinstance(reps, int):
        if a.ndim == 1:
            out = np.empty(a.shape[0] * reps, a.dtype)
            for r in range(reps):
                out[r * a.shape[0]:(r + 1) * a.shape[0]] = a
            return out
        if a.ndim == 2:
            return tile(a, (1, reps))
        raise ValueError("rumba's numpy.tile() takes 1-D and 2-D arrays")
    if len(reps) != 2:
        raise ValueError("rumba's numpy.tile() takes an int or two repetitions")
    b = atleast_2d(a)
    n, m = b.shape
    out = np.empty((n * reps[0], m * reps[1]), b.dtype)
    for i in range(reps[0]):
        for j in range(reps[1]):
            out[i * n:(i + 1) * n, j * m:(j + 1) * m] = b
    return out


def delete(arr, obj):
    a = arr.ravel()
    n = a.shape[0]
    keep = np.ones(n, np.bool_)
    if isinstance(obj, int):
        if obj < -n or obj >= n:
            raise IndexError(
                "index " + str(obj) + " is out of bounds for axis 0 with size " + str(n)
            )
        keep[obj] = False
    else:
        for i in obj:
            if i < -n or i >= n:
                raise IndexError(
                    "index " + str(i) + " is out of bounds for axis 0 with size " + str(n)
                )
            keep[i] = False
    return a[keep]


def insert(arr, obj, values):
    a = arr.ravel()
    n = a.shape[0]
    if obj < -n or obj > n:
        raise IndexError(
            "index " + str(obj) + " is out of bounds for axis 0 with size " + str(n)
        )
    if obj < 0:
        obj += n
    v = _as_array(values).ravel()
    k = v.shape[0]
    out = np.empty(n + k, a.dtype)
    out[:obj] = a[:obj]
    for i in range(k):
        out[obj + i] = v[i]
    out[obj + k:] = a[obj:]
    return out


def take_along_axis(arr, indices, axis):
    if arr.ndim != indices.ndim:
        raise ValueError("`indices` and `arr` must have the same number of dimensions")
    if arr.ndim == 1:
        return arr[indices]
    if arr.ndim != 2:
        raise ValueError("rumba's numpy.take_along_axis() takes 1-D and 2-D arrays")
    if axis < 0:
        axis += 2
    rows = max(indices.shape[0], arr.shape[0]) if axis == 1 else indices.shape[0]
    cols = indices.shape[1] if axis == 1 else max(indices.shape[1], arr.shape[1])
    out = np.empty((rows, cols), arr.dtype)
    for i in range(rows):
        for j in range(cols):
            ii = i if indices.shape[0] > 1 else 0
            jj = j if indices.shape[1] > 1 else 0
            k = indices[ii, jj]
            if axis == 0:
                out[i, j] = arr[k, j if arr.shape[1] > 1 else 0]
            else:
                out[i, j] = arr[i if arr.shape[0] > 1 else 0, k]
    return out


def _cov_rows(m, rowvar):
    x = atleast_2d(_as_array(m)).astype(np.float64)
    if not rowvar and x.shape[0] != 1:
        return x.T.copy()
    return x


def _cov(m, y, rowvar, bias, ddof):
    x = _cov_rows(m, rowvar)
    if y is not None:
        x = np.concatenate((x, _cov_rows(y, rowvar)), axis=0)
    d = 0 if bias else 1
    if ddof is not None:
        d = ddof
    fact = x.shape[1] - d
    if fact <= 0:
        fact = 0
    avg = x.mean(axis=1)
    x = x - avg.reshape(x.shape[0], 1)
    return np.dot(x, x.T) * np.true_divide(1, fact)


def _one_variable(c, m, y):
    if c.shape[0] == 1 and (m.ndim != 1 or y is not None):
        raise ValueError("rumba's numpy.cov()/corrcoef() of a single variable takes a 1-D array")


def cov(m, y=None, rowvar=True, bias=False, ddof=None):
    c = _cov(m, y, rowvar, bias, ddof)
    mm = _as_array(m)
    if y is None:
        if mm.ndim == 1:
            return c[0, 0]
    _one_variable(c, mm, y)
    return c


def corrcoef(x, y=None, rowvar=True):
    c = _cov(x, y, rowvar, False, None)
    xx = _as_array(x)
    if y is None:
        if xx.ndim == 1:
            return c[0, 0] / c[0, 0]
    _one_variable(c, xx, y)
    stddev = np.sqrt(np.diag(c))
    n = stddev.shape[0]
    c = c / stddev.reshape(n, 1)
    c = c / stddev.reshape(1, n)
    return np.clip(c, -1, 1)


def frexp(x):
    if isinstance(x, np.ndarray):
        flat = x.ravel()
        n = flat.shape[0]
        mant = np.empty(n)
        expo = np.empty(n, np.int32)
        for i in range(n):
            m, e = math.frexp(flat[i])
            mant[i] = m
            expo[i] = e
        return mant.reshape(x.shape), expo.reshape(x.shape)
    m, e = math.frexp(x)
    return np.float64(m), np.int32(e)


def lexsort(keys):
    idx = np.argsort(keys[0], kind="stable")
    for k in keys[1:]:
        idx = idx[np.argsort(k[idx], kind="stable")]
    return idx
