# adapted from numba/tests/doc_examples/test_examples.py: test_guvectorize_overwrite
import numpy as np

from numba import guvectorize, float64


@guvectorize([(float64[:], float64[:])], '()->()')
def init_values(invals, outvals):
    invals[0] = 6.5
    outvals[0] = 4.2


invals = np.zeros(shape=(3, 3), dtype=np.float64)
outvals = init_values(invals)
print(invals)
print(outvals)
invals = np.zeros(shape=(3, 3), dtype=np.float32)
outvals = init_values(invals)
print(invals)
print(outvals)
