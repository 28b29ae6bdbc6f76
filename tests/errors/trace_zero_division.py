# A division by zero after the loop computing it has been compiled.
def f(n):
    s = 0
    for i in range(n):
        s += 1000 // (400 - i)
    return s


print(f(10))
print(f(1000))
