# compile error
# which exception a bare 'raise' re-raises outside a handler is known only at run time
def fail():
    raise


try:
    fail()
except RuntimeError as e:
    print(e)
