# Recursion: fib, factorial, ackermann, gcd, mutual recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def power(x, n):
    if n == 0:
        return 1.0
    half = power(x, n // 2)
    if n % 2 == 0:
        return half * half
    return half * half * x


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    moves = hanoi(n - 1, src, via, dst)
    moves += 1
    moves += hanoi(n - 1, via, dst, src)
    return moves


print([fib(i) for i in range(15)])
print(fib(20))
print(fact(10), fact(20), fact(0))
print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
print(gcd(48, 18), gcd(17, 5), gcd(100, 75))
print(is_even(10), is_odd(10), is_even(7), is_odd(7))
print(power(2.0, 10), power(1.5, 3), power(3.0, 0))
print(hanoi(10, 1, 3, 2))


def sum_digits(n):
    if n < 10:
        return n
    return n % 10 + sum_digits(n // 10)


print(sum_digits(987654321), sum_digits(0))
