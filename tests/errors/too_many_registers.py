# compile error
# A frame has at most 65535 registers: returning 70000 values needs more.
def many():
    return (0.0,) * 70000


print(len(many()))
