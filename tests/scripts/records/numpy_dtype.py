# numpy structured dtypes: record arrays, field access by name and index.
import numpy as np

rec = np.dtype([('x', np.float64), ('y', np.int32)])
print(rec, rec.itemsize)
a = np.zeros(3, dtype=rec)
print(a)
print(a.shape, a.size, len(a))
a[0]['x'] = 1.5
a[1]['y'] = 7
a[2][0] = 2.25
a[2][1] = -3
print(a)
print(a[0], a[1], a[2])
print(a[0]['x'], a[1]['y'], a[2][0], a[2][1])
print(a[0]['x'] + a[2][0], a[1]['y'] * 2)
b = np.array([(1.0, 2), (3.5, -4), (0.1, 100)], dtype=rec)
print(b)
print(b[1], b[2]['x'], b[2]['y'])
for i in range(b.shape[0]):
    b[i]['x'] = b[i]['x'] * 2
    b[i][1] = b[i][1] + 1
print(b)


def sum_x(arr):
    s = 0.0
    for i in range(arr.shape[0]):
        s += arr[i]['x']
    return s


def total_y(arr):
    t = 0
    for i in range(len(arr)):
        t += arr[i][1]
    return t


print(sum_x(a), sum_x(b), total_y(a), total_y(b))
p = np.dtype([('a', np.int64), ('b', np.float64), ('c', np.uint8)])
q = np.zeros(2, dtype=p)
q[0]['a'] = 10
q[0]['b'] = 0.5
q[0]['c'] = 255
q[1]['a'] = -1
print(q, p.itemsize)
print(q[0], q[1])
e = np.empty(2, dtype=rec)
e[0]['x'] = 1.0
e[0]['y'] = 1
e[1]['x'] = 1e-5
e[1]['y'] = 2
print(e)
