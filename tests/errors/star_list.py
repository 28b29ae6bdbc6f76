# compile error
# '*' of a list: its length is not known when the call is typed
def f(a, b):
    return a + b


xs = [1, 2]
print(f(*xs))
