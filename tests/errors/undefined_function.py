# compile error
# calling a function that does not exist
x = 2
print(undefined_function())
