# adapted from the former numba examples/stack.py (allocation statistics removed)
from collections import OrderedDict
from numba import njit
from numba import deferred_type, intp, optional
from numba.experimental import jitclass

linkednode_spec = OrderedDict()
linkednode_type = deferred_type()
linkednode_spec['data'] = data_type = deferred_type()
linkednode_spec['next'] = optional(linkednode_type)


@jitclass(linkednode_spec)
class LinkedNode(object):
    def __init__(self, data):
        self.data = data
        self.next = None

linkednode_type.define(LinkedNode.class_type.instance_type)

stack_spec = OrderedDict()
stack_spec['head'] = optional(linkednode_type)
stack_spec['size'] = intp


@jitclass(stack_spec)
class Stack(object):
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, data):
        new = LinkedNode(data)
        new.next = self.head
        self.head = new
        self.size += 1
    def pop(self):
        old = self.head
        if old is None:
            raise ValueError("empty")
        else:
            self.head = old.next
            self.size -= 1
            return old.data

data_type.define(intp)


@njit
def pushpop(size):
    stack = Stack()
    for i in range(size):
        stack.push(i)
    out = []
    while stack.size > 0:
        out.append(stack.pop())
    return out


def test_pushpop(size):
    result = pushpop(size)
    print("== Result ==")
    print(result)
    assert result == list(reversed(range(size)))


def test_exception():
    stack = Stack()
    stack.push(1)
    assert 1 == stack.pop()
    try:
        stack.pop()
    except ValueError as e:
        assert 'empty' == str(e)


def runme():
    size = 12
    test_pushpop(size)
    test_exception()

if __name__ == '__main__':
    runme()
