# raise of a built-in exception at module level
n = 10
if n > 5:
    raise ValueError('n is too large')
print('not reached')
