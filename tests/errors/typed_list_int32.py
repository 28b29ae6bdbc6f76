# compile error
from numba import types
from numba.typed import List

l = List.empty_list(types.int32)
l.append(1)
print(l)
