from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def lookup(v):
    return Color(v)


print(lookup(2))
print(lookup(5))
