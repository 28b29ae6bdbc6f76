# a failing assert with a message
def check(v):
    assert v >= 0, 'v must be non-negative'
    return v * 2


print(check(4))
print(check(-1))
