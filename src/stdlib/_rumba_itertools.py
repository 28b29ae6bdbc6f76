# The lazy iterators of CPython's itertools that rumba writes as
# generators, following the equivalents in CPython's documentation
# (Modules/itertoolsmodule.c behaves alike).


def cycle(iterable):
    # Gives the items while saving them, then the saved ones forever.
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def islice(iterable, start, stop, step, stop_only):
    # islice of a generator, as CPython's islice_next pulls items: those
    # before the next index are dropped, and none is pulled once the
    # count reaches stop. A bound not given is None.
    first = 0 if start is None else start
    limit = 9223372036854775807 if stop is None else stop
    stride = 1 if step is None else step
    if stop_only and limit < 0:
        raise ValueError(
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    if first < 0 or limit < 0:
        raise ValueError(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    if stride <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    count = 0
    target = first
    if count >= target and count >= limit:
        return
    for item in iterable:
        count += 1
        if count > target:
            target = min(target + stride, limit)
            yield item
        if count >= target and count >= limit:
            return


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def dropwhile(predicate, iterable):
    # The predicate is not called again once it has failed.
    dropping = True
    for x in iterable:
        if dropping and predicate(x):
            continue
        dropping = False
        yield x


def filterfalse(predicate, iterable):
    for x in iterable:
        if predicate is None:
            if not x:
                yield x
        elif not predicate(x):
            yield x


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d
