def check(v):
    try:
        return [1, 2][v]
    except IndexError:
        print("cleaning up")
        raise


print(check(1))
print(check(4))
