def f(a, b, c):
    return a + b + c


lst = [1, 2]
print(f(*lst))
