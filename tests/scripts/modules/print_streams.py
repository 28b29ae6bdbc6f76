# print's file=, sep=, end=, flush=, and sys.stdout/sys.stderr's write and flush.
import sys
from numba import njit


@njit
def twice(x):
    return 2 * x


print("to stdout", file=sys.stdout)
print("to stderr", twice(21), file=sys.stderr)
print(1, 2, 3, sep=", ", end=";\n", flush=True)
n = sys.stdout.write("written\n")
print(n)
sys.stderr.write("an error line\n")
sys.stdout.flush()
print("a", "b", sep="")
print(end="")
print("done", file=sys.stderr, flush=True)
print("last")
