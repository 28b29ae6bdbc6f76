# An optional jitclass instance (a field typed optional(T)) passed where
# the class itself is expected: Numba casts it, checking it is not None.
from numba import int32, njit, optional, deferred_type
from numba.experimental import jitclass

node_type = deferred_type()


@jitclass([("data", int32), ("left", optional(node_type)), ("right", optional(node_type))])
class TreeNode:
    def __init__(self, data):
        self.data = data
        self.left = None
        self.right = None


node_type.define(TreeNode.class_type.instance_type)
stack_type = deferred_type()


@jitclass([("data", TreeNode.class_type.instance_type), ("next", optional(stack_type))])
class Stack:
    def __init__(self, data, next):
        self.data = data
        self.next = next


stack_type.define(Stack.class_type.instance_type)


@njit
def preorder(node):
    out = []
    stack = Stack(node, None)
    while stack is not None:
        node = stack.data
        out.append(node.data)
        stack = stack.next
        if node.right is not None:
            stack = Stack(node.right, stack)
        if node.left is not None:
            stack = Stack(node.left, stack)
    return out


root = TreeNode(1)
root.left = TreeNode(2)
root.right = TreeNode(3)
root.right.left = TreeNode(4)
root.right.right = TreeNode(5)
print(preorder(root))
