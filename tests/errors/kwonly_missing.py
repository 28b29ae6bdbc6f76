# compile error
# a keyword-only parameter without a default must be given
def f(a, *, scale):
    return a * scale


print(f(1, scale=2))
print(f(1))
