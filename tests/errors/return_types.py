# compile error
# a function returns an int on one path and a str on another
def f(n):
    if n > 0:
        return 1
    return 'none'


print(f(1))
