"""More kernels for dump_executors.py (issue 13's second round): nested loops, calls to builtins
and a float reduction. As in kernels.py, each loop is the function's last statement."""


def nested_sum(n):
    total = 0
    for i in range(n):
        j = 0
        while j < i:
            total += i * j
            j += 1
    return total


def max_abs(xs):
    best = 0
    for x in xs:
        best = max(best, abs(x))
    return best


def len_loop(xs):
    i = 0
    total = 0
    while i < len(xs):
        total += xs[i]
        i += 1
    return total


def float_sum_squares(xs):
    total = 0.0
    for x in xs:
        total += x * x
    return total


KERNELS = {
    "nested_sum": (nested_sum, lambda: (60,)),
    "max_abs": (max_abs, lambda: ([(i * 37) % 201 - 100 for i in range(1000)],)),
    "len_loop": (len_loop, lambda: (list(range(1000)),)),
    "float_sum_squares": (float_sum_squares, lambda: ([i * 0.125 for i in range(1000)],)),
}
