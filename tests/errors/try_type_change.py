# compile error
# a handler may run from any point of the body, so a variable keeps one type there
x = 0
try:
    x = 1.5
    y = [1][x > 0]
except IndexError:
    print(x)
