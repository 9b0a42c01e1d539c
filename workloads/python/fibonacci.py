# The talk's example (workloads/traces/fibonacci.uops): the pair (a, b) walked n steps; ints grow past 64 bits.
# call: fibonacci(100)


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
