# compile error
# '**' of a dict held in a variable (its keys are known only at run time)
def f(a, b=0):
    return a + b


d = {"a": 1, "b": 2}
print(f(**d))
