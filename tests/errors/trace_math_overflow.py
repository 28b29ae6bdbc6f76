# math.exp called directly from a trace: a finite result stays in the
# trace; an overflow leaves it, and the interpreter raises at that call.
import math


def total(n, scale):
    s = 0.0
    for i in range(n):
        s += math.exp(i * scale)
    return s


print(total(300, 0.01))
print(total(300, 3.0))
