# compile error
# a **kwargs parameter used other than passed on with **
def show(**kw):
    print(kw)


show(a=1)
