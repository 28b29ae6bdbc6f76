# complex numbers have no order
a = 1 + 2j
b = 2 + 1j
print(a < b)
