# compile error
# a plain function returning an int on one path and a float on another
def f(x):
    if x > 0:
        return 1
    return 2.5


print(f(1))
