# 'with' over context-manager classes written in the script.


class Tracer:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def __enter__(self):
        print("enter", self.name)
        self.count += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name)
        return False


class Suppress:
    def __enter__(self):
        return 42

    def __exit__(self, et, ev, tb):
        print("suppressing")
        return True


def work(n):
    total = 0
    with Tracer("work") as t:
        for i in range(n):
            total += i
        print("inside", t.name, t.count)
    return total


print(work(5))
with Tracer("module"):
    print("body")
with Suppress() as v:
    print("v =", v)
    x = 1 // 0
    print("not reached")
print("after suppress")
try:
    with Tracer("outer") as a, Tracer("inner") as b:
        print(a.name, b.name)
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
