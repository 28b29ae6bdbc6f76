# an uncaught script exception prints CPython's traceback
class ConfigError(Exception):
    pass


def load(n):
    if n > 2:
        raise ConfigError("too many: %d" % n)
    return n


print(load(1))
print(load(3))
