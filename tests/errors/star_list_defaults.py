# compile error
def f(a, b=2):
    return a + b


lst = [1, 2]
print(f(*lst))
