# adapted from numba/tests/test_withlifting.py (TestLiftObj: test_example01, test_objmode_gv_variable, test_objmode_gv_mod_attr, test_objmode_multi_type_args, test_objmode_caching_basic, test_objmode_in_overload) and numba docs (user/withobjmode.rst)
import numpy as np
import numba
from numba import njit, objmode, types
from numba.extending import overload

gv_type = types.intp


def bar(x):
    return np.asarray(list(reversed(x.tolist())))


@njit
def example01():
    x = np.arange(5)
    with objmode(y='intp[:]'):  # annotate return type
        # this region is executed by object-mode.
        y = x + bar(x)
    return y


print(example01())


@njit
def global_var():
    with objmode(val=gv_type):
        val = 12.3
    return val


@njit
def modattr1():
    with objmode(val=types.intp):
        val = 12.3
    return val


@njit
def modattr2():
    with objmode(val=numba.types.intp):
        val = 12.3
    return val


print(global_var(), modattr1(), modattr2())

array_ty = types.int32[:]


@njit
def multi():
    with objmode(t1="float64", t2=gv_type, t3=array_ty):
        t1 = 793856.5
        t2 = t1         # to observe truncation
        t3 = np.arange(5).astype(np.int32)
    return t1, t2, t3


print(multi())


@njit
def scaled(x):
    with objmode(output='float64'):
        output = x / 10
    return output


print(scaled(123), scaled(7.5))


def log_progress(i, n):
    print("step", i, "of", n)


@njit
def with_logging(n):
    total = 0
    for i in range(n):
        total += i * i
        if i % 2 == 0:
            with objmode():
                log_progress(i, n)
    return total


print(with_logging(5))


def foo(s):
    pass


@overload(foo)
def foo_overload(s):
    def impl(s):
        with objmode(out='intp'):
            out = s + 3
        return out
    return impl


@njit
def call_foo():
    return foo(1)


print(call_foo())


@njit
def counts(text):
    with objmode(n='int64', longest='unicode_type'):
        words = text.split()
        seen = {}
        for w in words:
            seen[w] = seen.get(w, 0) + 1
        n = len(seen)
        longest = max(words, key=len)
    return n, longest


print(counts("a bb a ccc"))
