# A never-defined name read inside a module-level try that catches
# NameError raises it when the statement runs, as in CPython.
try:
    print("before")
    print(undefined_name)
    print("not reached")
except NameError as e:
    print("NameError:", e)

try:
    x = missing + 1
except Exception as e:
    print(type(e).__name__, e)

try:
    total = 0
    total += not_there
except (ValueError, NameError):
    print("caught")

try:
    value = no_such_thing
except:
    print("bare except")
print("done")
