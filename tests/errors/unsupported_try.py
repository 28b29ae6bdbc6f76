# compile error
# try/except is not part of the subset
x = 0
try:
    x = 1
except ValueError:
    x = 2
print(x)
