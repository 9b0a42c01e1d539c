# The dot product of two float lists by index (workloads/traces/dot_product.uops).
# call: dot_product(1000, [i * 0.5 for i in range(1000)], [(1000 - i) * 0.25 for i in range(1000)])


def dot_product(n, a, b):
    total = 0.0
    for i in range(n):
        total += a[i] * b[i]
    return total
