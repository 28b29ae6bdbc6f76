# compile error
def f():
    print("called f")
    return 1


try:
    print(f(), undefined_name)
except NameError as e:
    print(e)
