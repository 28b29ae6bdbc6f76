# compile error
# **kwargs parameters
def f(a, **options):
    return a


print(f(1))
