# a local bound in one branch only, read on the other path
def pick(c):
    if c:
        z = 1.5
    return z * 2


print(pick(True))
print(pick(False))
