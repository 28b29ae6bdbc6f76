# ctypes: a self-referencing Structure declared in two steps (class body
# `pass`, then _fields_ with a POINTER to itself), built as a linked list
# in an array of nodes and walked by C and by the script.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)


class Node(ctypes.Structure):
    pass


Node._fields_ = [("value", ctypes.c_int64), ("next", ctypes.POINTER(Node))]

lib.list_sum.argtypes = [ctypes.POINTER(Node)]
lib.list_sum.restype = ctypes.c_int64

print(ctypes.sizeof(Node))
nodes = (Node * 5)()
for i in range(5):
    nodes[i].value = (i + 1) * 10
for i in range(4):
    nodes[i].next = ctypes.pointer(nodes[i + 1])
print(lib.list_sum(nodes), lib.list_sum(ctypes.byref(nodes[2])), lib.list_sum(None))
nodes[1].next = ctypes.pointer(nodes[3])
print(lib.list_sum(nodes), nodes[0].next[0].value, nodes[0].next[0].next[0].value)
print(bool(nodes[4].next), bool(nodes[3].next))


def walk(head):
    total = 0
    count = 0
    p = ctypes.pointer(head)
    while p:
        total += p[0].value
        count += 1
        p = p[0].next
    return total, count


print(walk(nodes[0]), walk(nodes[4]))
single = Node()
single.value = 7
print(lib.list_sum(ctypes.byref(single)), walk(single))
