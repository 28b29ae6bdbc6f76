# compile error
# a list of mixed types is indexed by constants only (each element keeps its type)
xs = [1, "a"]
for i in range(2):
    print(xs[i])
