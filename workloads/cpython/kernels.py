"""The numeric kernels dumped by dump_executors.py: each loop is the function's last statement, so
the locals at its return are the loop's result. KERNELS maps a name to (function, arguments)."""


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def while_loop(n):
    i = 0
    total = 0
    while i < n:
        total += i * i
        i += 1
    return total


def float_recurrence(n):
    x = 0.5
    for _ in range(n):
        x = 3.7 * x * (1.0 - x)
    return x


def list_sum(lst):
    total = 0
    for x in lst:
        total += x
    return total


def sieve(n):
    flags = [True] * n
    count = 0
    for i in range(2, n):
        if flags[i]:
            count += 1
            j = i * i
            while j < n:
                flags[j] = False
                j += i
    return count


def mandelbrot_row(n):
    count = 0
    for k in range(n):
        cr = -2.0 + 3.0 * k / n
        zr = 0.0
        zi = 0.0
        it = 0
        while it < 50 and zr * zr + zi * zi < 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + 0.5
            it += 1
        count += it
    return count


def collatz(n, m):
    odd = 0
    for _ in range(n):
        if m % 2 == 0:
            m = m // 2
        else:
            m = 3 * m + 1
            odd += 1
    return odd


def dot_product(xs, ys):
    total = 0.0
    for i in range(len(xs)):
        total += xs[i] * ys[i]
    return total


def bubble_pass(lst):
    swaps = 0
    for i in range(len(lst) - 1):
        if lst[i] > lst[i + 1]:
            lst[i], lst[i + 1] = lst[i + 1], lst[i]
            swaps += 1
    return swaps


KERNELS = {
    "fibonacci": (fibonacci, lambda: (100,)),
    "while_loop": (while_loop, lambda: (1000,)),
    "float_recurrence": (float_recurrence, lambda: (1000,)),
    "list_sum": (list_sum, lambda: (list(range(1000)),)),
    "sieve": (sieve, lambda: (1000,)),
    "mandelbrot_row": (mandelbrot_row, lambda: (64,)),
    "collatz": (collatz, lambda: (1000, 27)),
    "dot_product": (dot_product, lambda: ([i * 0.5 for i in range(500)], [i * 0.25 for i in range(500)])),
    "bubble_pass": (bubble_pass, lambda: ([(i * 7919) % 1000 for i in range(1000)],)),
}
