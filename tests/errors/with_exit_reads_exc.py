# compile error
class CM:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)
        return False


with CM():
    print("body")
