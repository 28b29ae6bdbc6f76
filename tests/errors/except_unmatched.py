def f(a, b):
    try:
        q = a // b
    except (KeyError, IndexError):
        q = 0
    finally:
        print("finally")
    return q


print(f(1, 0))
