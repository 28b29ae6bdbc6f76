# compile error
from enum import Enum


class Mode(Enum):
    FAST = "fast"
    SLOW = "slow"


print(Mode.FAST)
