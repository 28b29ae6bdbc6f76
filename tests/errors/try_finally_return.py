# compile error
def f(a):
    try:
        return 1 // a
    finally:
        print("done")


print(f(1))
