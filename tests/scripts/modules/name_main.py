# __name__ is "__main__" in the script run and the module's name in an
# imported module; the guarded block runs only in the script.
import namemod
from numba import njit


@njit
def twice(x):
    return 2 * x


def main():
    print("main runs in", __name__, "and", namemod.who())
    print(twice(21))


if __name__ == "__main__":
    main()
else:
    print("not the main script")
if __name__ != "__main__":
    undefined_function()
print(__name__ == "__main__", len(__name__))
