# Numba's struct type: .get_dtype(), attribute access on record arrays.
import numpy as np
from numba import struct, double, int32, jit

point = struct([('x', double), ('y', double)])
pdt = point.get_dtype()
print(pdt.itemsize)
pts = np.zeros(3, dtype=pdt)
print(pts)
pts[0].x = 3.0
pts[0].y = 4.0
pts[1]['x'] = -1.5
pts[1][1] = 2.0
pts[2].x = 0.5
pts[2]['y'] = 0.25
print(pts)
print(pts[0].x, pts[0]['y'], pts[1][0], pts[2].y)
print(pts[0], pts[1])


@jit
def norms(p):
    out = np.empty(p.shape[0])
    for i in range(p.shape[0]):
        out[i] = np.sqrt(p[i].x * p[i].x + p[i].y * p[i].y)
    return out


@jit
def shift(p, dx):
    for i in range(p.shape[0]):
        p[i].x += dx
        p[i]['y'] -= dx


print(norms(pts))
shift(pts, 1.0)
print(pts)
b = np.array([(1.0, 2.0), (3.0, 4.0), (5.0, 6.0)], dtype=pdt)
print(b, norms(b))
print(b[2].x + b[2].y, b[0][0] == b[0].x)
cell = struct([('id', int32), ('val', double)])
cdt = cell.get_dtype()
print(cdt.itemsize)
cs = np.zeros(2, dtype=cdt)
cs[0].id = 7
cs[0].val = 1.25
cs[1].id = -2
cs[1].val = 1e16
print(cs)
print(cs[0], cs[1].id, cs[1].val)


@jit
def weighted(c):
    s = 0.0
    for i in range(c.shape[0]):
        s += c[i].id * c[i].val
    return s


print(weighted(cs[:1]))
print(norms.signatures)
