# compile error
from numba.typed import List

names = List(["a", "b"])
print(names)
