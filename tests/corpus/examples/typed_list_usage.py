# adapted from the former numba examples/typed_list_usage.py (ex_inferred_list; the example's missing append argument restored)
from numba import njit
from numba.typed import List


@njit
def foo(mylist):
    for i in range(10, 20):
        mylist.append(i)
    return mylist


l = List()
l.append(42)
print(l[0])
l[0] = 23
print(l[0])
print(len(l))
l.pop()
print(len(l))
l = foo(l)
print(len(l))
print(l)
