# adapted from numba/tests/doc_examples/test_typed_dict_usage.py: test_ex_typed_dict_from_cpython, test_ex_typed_dict_njit
import numpy as np

from numba import njit
from numba.core import types
from numba.typed import Dict

d = Dict.empty(
    key_type=types.unicode_type,
    value_type=types.float64[:],
)

d['posx'] = np.asarray([1, 0.5, 2], dtype='f8')
d['posy'] = np.asarray([1.5, 3.5, 2], dtype='f8')
d['velx'] = np.asarray([0.5, 0, 0.7], dtype='f8')
d['vely'] = np.asarray([0.2, -0.2, 0.1], dtype='f8')


@njit
def move(d):
    d['posx'] += d['velx']
    d['posy'] += d['vely']


print('posx: ', d['posx'])
print('posy: ', d['posy'])
move(d)
print('posx: ', d['posx'])
print('posy: ', d['posy'])

float_array = types.float64[:]


@njit
def foo():
    d = Dict.empty(
        key_type=types.unicode_type,
        value_type=float_array,
    )
    d["posx"] = np.arange(3).astype(np.float64)
    d["posy"] = np.arange(3, 6).astype(np.float64)
    return d


d = foo()
print(d)
