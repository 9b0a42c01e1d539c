# Bucket counts of a pseudo-random int sequence: augmented assignment to a subscript, int() of a float.
# call: histogram(5000, 16)


def histogram(n, buckets):
    counts = [0] * buckets
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        u = seed / 2147483648
        counts[int(u * buckets)] += 1
    spread = 0
    for c in counts:
        spread += abs(c - n // buckets)
    return spread
