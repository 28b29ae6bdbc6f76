# A helper module that reports its __name__ (not a test).
print("namemod loaded as", __name__)


def who():
    return __name__


if __name__ == "__main__":
    print("never: namemod is imported")
