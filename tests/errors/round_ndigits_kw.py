# compile error
print(round(2.567, ndigits=1))
