# recursion without a base case
def down(n):
    down(n + 1)


down(0)
print('not reached')
