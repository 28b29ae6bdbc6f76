# An int to a constant negative power is a float, as in Python.
print(2 ** -1, (-2) ** -3, 10 ** -2)
x = 3
print(x ** -1, x ** -2 * 9)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(e)
