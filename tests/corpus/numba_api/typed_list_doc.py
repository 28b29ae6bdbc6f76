# adapted from numba/tests/doc_examples/test_typed_list_usage.py: test_ex_inferred_list_jit, test_ex_inferred_list
from numba import njit
from numba.typed import List


@njit
def foo():
    l = List()
    l.append(42)
    print(l[0])
    l[0] = 23
    print(l[0])
    print(len(l))
    l.pop()
    print(len(l))
    return l


@njit
def extend(mylist):
    for i in range(10, 20):
        mylist.append(i)
    return mylist


foo()
l = List()
l.append(42)
print(l[0])
l[0] = 23
print(l[0])
print(len(l))
l.pop()
print(len(l))
l = extend(l)
print(len(l), l[0], l[-1])
numba_list = List([2, 3, 5])
print(len(numba_list), list(numba_list))
