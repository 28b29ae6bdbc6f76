# math.log of zero
import math


def entropy_term(p):
    return -p * math.log(p)


print(entropy_term(0.5))
print(entropy_term(0.0))
