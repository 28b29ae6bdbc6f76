# An optional instance (or number, in plain code) as a condition: None is
# false, an instance is true; `while node:` walks a linked list.
from numba import njit, int64, deferred_type, optional
from numba.experimental import jitclass

node_type = deferred_type()


@jitclass([('value', int64), ('next', optional(node_type))])
class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


node_type.define(Node.class_type.instance_type)


@njit
def total(head):
    s = 0
    node = head
    while node:
        s += node.value
        node = node.next
    return s


@njit
def has_second(head):
    if not head.next:
        return False
    return True


head = Node(1, Node(2, Node(3, None)))
print(total(head), has_second(head), has_second(Node(5, None)))


class Point:
    def __init__(self, x):
        self.x = x


p = Point(3)
if p:
    print('an instance is true')


def find(xs, k):
    r = None
    for i in range(len(xs)):
        if xs[i] == k:
            r = i
    return r


for k in (10, 20, 30, 99):
    r = find([10, 20, 30], k)
    if r:
        print(k, 'at', r)
    elif r is None:
        print(k, 'missing')
    else:
        print(k, 'first')
