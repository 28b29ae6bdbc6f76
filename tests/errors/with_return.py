# compile error
class CM:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


def f():
    with CM():
        return 1


print(f())
