# raise with a message built at run time
def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    raise KeyError('missing: ' + str(v))


print(find([5, 6, 7], 6))
print(find([5, 6, 7], 9))
