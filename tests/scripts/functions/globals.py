# The global statement: functions writing module globals.
counter = 0
total = 0.0
message = 'start'


def bump():
    global counter
    counter += 1


def add_total(x):
    global total
    total = total + x
    return total


def set_message(m):
    global message
    message = m


def read_counter():
    return counter


bump()
bump()
bump()
print(counter, read_counter())
print(add_total(1.5), add_total(2.25))
print(total)
set_message('done')
print(message)
for i in range(10):
    bump()
print(counter, read_counter())


def reset():
    global counter, total
    counter = 0
    total = 0.0


reset()
print(counter, total)
counter = 100
print(read_counter())
