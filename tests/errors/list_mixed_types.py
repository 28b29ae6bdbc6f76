# compile error
# lists are homogeneous
xs = [1, 2, 'three']
print(xs)
