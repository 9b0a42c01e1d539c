# Chained comparisons and boolean operators as 3.14 compiles them (COPY/SWAP, short-circuit jumps).
# call: chained_compare(2000)


def chained_compare(n):
    inside = 0
    edges = 0
    for i in range(n):
        v = (i * 37) % 101
        if 10 <= v < 90 and not v == 50:
            inside += 1
        elif v < 5 or v > 95:
            edges += 1
    return inside * 1000 + edges
