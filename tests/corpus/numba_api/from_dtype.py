# adapted from numba/tests/test_record_dtype.py: test_from_dtype (numba.np.numpy_support.from_dtype)
import numpy as np

from numba.core import types
from numba.np import numpy_support

recordtype = np.dtype([('a', np.float64), ('b', np.int16), ('c', np.complex64), ('d', (np.str_, 5))])
rec = numpy_support.from_dtype(recordtype)
print(rec.typeof('a'), rec.typeof('b'), rec.typeof('c'), rec.typeof('d'))
print([rec.offset(n) for n in 'abcd'], [recordtype.fields[n][1] for n in 'abcd'])
print(recordtype.itemsize, rec.size)
print(numpy_support.from_dtype(np.dtype(np.float32)), numpy_support.from_dtype(np.dtype('i2')))
print(numpy_support.as_dtype(types.int32), numpy_support.as_dtype(types.complex128))
