# a failing assert without a message
x = 3
assert x == 3
assert x > 5
print('not reached')
