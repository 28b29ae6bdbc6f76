# adapted from numba docs (pysupported: global variables are frozen constants) and plain-Python state around jitted code
from numba import njit

counter = 0
history = []


@njit
def step(x):
    return x * 2 + 1


def advance(x):
    global counter
    counter += 1
    y = step(x)
    history.append(y)
    return y


def main():
    x = 0
    while counter < 5:
        x = advance(x)
    print(counter, x, history)


if __name__ == "__main__":
    main()
