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
