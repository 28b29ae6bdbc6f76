# compile error
def f(a, b, c):
    return a * 100 + b * 10 + c


bad = []
print(f(*bad))
