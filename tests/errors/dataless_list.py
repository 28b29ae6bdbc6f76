# compile error
def f(x):
    return x


results = [None] * 3
fs = [f, f]
