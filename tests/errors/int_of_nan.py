# int() of NaN
x = float('nan')
print(x)
print(int(x))
