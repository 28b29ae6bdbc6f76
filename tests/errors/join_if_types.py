# compile error
# x is an int on one branch and a str on the other, then used
import sys


def f(n):
    if n > 0:
        x = 1
    else:
        x = 'a'
    print(x)


f(len(sys.argv))
