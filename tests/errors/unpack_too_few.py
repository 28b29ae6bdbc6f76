# compile error
# fewer values than targets
def pair():
    return 1, 2


a, b, c = pair()
