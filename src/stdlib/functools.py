# functools.reduce as CPython computes it, compiled by rumba like any script
# module: specialized on the function and the items it is given (with no
# initial value, the `initial is None` branch is the one compiled).


def reduce(function, iterable, initial=None):
    items = list(iterable)
    if initial is None:
        if len(items) == 0:
            raise TypeError("reduce() of empty iterable with no initial value")
        acc = items[0]
        for x in items[1:]:
            acc = function(acc, x)
        return acc
    acc2 = initial
    for x in items:
        acc2 = function(acc2, x)
    return acc2
