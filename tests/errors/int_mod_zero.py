# integer modulo by zero
def rem(a, b):
    return a % b


print(rem(7, 3))
print(rem(7, 0))
