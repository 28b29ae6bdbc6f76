# adapted from numba/tests/doc_examples/test_typed_list_usage.py: test_ex_nested_list
from numba.typed import List

mylist = List()
for i in range(4):
    l = List()
    for j in range(i + 1):
        l.append(j)
    mylist.append(l)
print(mylist)
print(len(mylist), [len(x) for x in mylist])
