# compile error
from numba.typed import List

l = List()
l.append(1)
l.append("a")
print(l)
