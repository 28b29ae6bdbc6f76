# compile error
# isinstance() is answered from types, so its object is not evaluated: a call there is refused
def f():
    print("called")
    return 1


print(isinstance(f(), int))
