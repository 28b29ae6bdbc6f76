# compile error
# a def without its colon
def f(x)
    return x


print(f(1))
