# Euclid's algorithm with tuple assignment, summed over a grid of pairs.
# call: gcd_sum(60)


def gcd_sum(n):
    total = 0
    for i in range(1, n):
        for j in range(1, n):
            a, b = i, j
            while b != 0:
                a, b = b, a % b
            total += a
    return total
