"""Run automatically by CPython at start-up when tests/oracle/ is on
PYTHONPATH (the oracle runs).

numpy 2 prints numpy scalars inside containers as `np.float64(1.5)`;
rumba, like Numba, has one float64 type and prints `1.5`. The oracle
therefore uses numpy's 1.25 print style, where repr(np.float64(1.5)) is
'1.5'. Arrays print the same in both styles.
"""
try:
    import numpy

    if int(numpy.__version__.split(".")[0]) >= 2:
        numpy.set_printoptions(legacy="1.25")
except ImportError:
    pass
