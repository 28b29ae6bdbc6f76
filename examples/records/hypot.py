# The seed's struct example (Numba's "Writing Low-level Code"): a struct
# type declared with numba.struct, a record array of that type, and jitted
# functions that read its fields by attribute, by name and by index.
#
#   rumba run examples/records/hypot.py
#   PYTHONPATH=tests/oracle python3 examples/records/hypot.py
from numba import struct, jit, double
import numpy as np

record_type = struct([('x', double), ('y', double)])
record_dtype = record_type.get_dtype()
a = np.array([(1.0, 2.0), (3.0, 4.0)], dtype=record_dtype)


@jit
def hypot(data):
    # return types of numpy functions are inferred
    result = np.empty_like(data, dtype=np.float64)
    # notice access to structure elements 'x' and 'y' via attribute access
    # You can also index by field name or field index:
    #       data[i].x == data[i]['x'] == data[i][0]
    for i in range(data.shape[0]):
        result[i] = np.sqrt(data[i].x * data[i].x + data[i].y * data[i].y)

    return result


@jit
def hypot_by_name(data):
    result = np.empty_like(data, dtype=np.float64)
    for i in range(data.shape[0]):
        result[i] = np.sqrt(data[i]['x'] * data[i]['x'] + data[i]['y'] * data[i]['y'])
    return result


@jit
def hypot_by_index(data):
    result = np.empty_like(data, dtype=np.float64)
    for i in range(data.shape[0]):
        result[i] = np.sqrt(data[i][0] * data[i][0] + data[i][1] * data[i][1])
    return result


@jit
def same_fields(data, i):
    # the three ways of reading a field give the same value
    return data[i].x == data[i]['x'] and data[i]['x'] == data[i][0]


@jit
def scale(data, factor):
    # fields can be written by attribute, by name and by index
    for i in range(data.shape[0]):
        data[i].x = data[i].x * factor
        data[i]['y'] = data[i]['y'] * factor
    data[0][0] = data[0][0] + 0.5


@jit
def point_norm(x, y):
    # a struct value on the stack: record_type() is zeroed
    p = record_type()
    p.x = x
    p['y'] = y
    return np.sqrt(p[0] * p[0] + p[1] * p[1])


print(hypot(a))

# Notice inferred return type
print(hypot.signatures)

print(hypot_by_name(a))
print(hypot_by_index(a))
print(same_fields(a, 0), same_fields(a, 1))
print(a[1].x, a[1]['y'], a[1][0])
scale(a, 2.0)
print(a)
print(hypot(a))
print(point_norm(5.0, 12.0))
print(scale.signatures)
print(point_norm.signatures)
print(record_dtype.itemsize)
