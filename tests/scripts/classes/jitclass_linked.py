from collections import OrderedDict

import numpy as np

from numba import njit, int64, float64, deferred_type, optional
from numba.experimental import jitclass

node_type = deferred_type()
spec = OrderedDict()
spec["value"] = float64
spec["next"] = optional(node_type)


@jitclass(spec)
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

    def push(self, value):
        return Node(value, self)


node_type.define(Node.class_type.instance_type)


@jitclass([("head", optional(Node.class_type.instance_type)), ("size", int64)])
class Stack:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, v):
        if self.head is None:
            self.head = Node(v, None)
        else:
            self.head = self.head.push(v)
        self.size += 1

    def pop(self):
        old = self.head
        if old is None:
            raise IndexError("pop from an empty stack")
        self.head = old.next
        self.size -= 1
        return old.value


@njit
def build(n):
    head = Node(0.0, None)
    for i in range(1, n):
        head = head.push(i * 1.5)
    return head


@njit
def total(head):
    s = 0.0
    node = head
    count = 0
    while node is not None:
        s += node.value
        node = node.next
        count += 1
    return s, count


h = build(5)
print(total(h), h.value, h.next.value, h.next.next is None)
st = Stack()
for v in (1.0, 2.0, 3.5):
    st.push(v)
print(st.size, st.pop(), st.pop(), st.size)
print(st.pop(), st.head is None)
try:
    st.pop()
except IndexError as e:
    print("IndexError:", e)
a = np.zeros(3)
n = build(3)
i = 0
while n is not None:
    a[i] = n.value
    n = n.next
    i += 1
print(a)
