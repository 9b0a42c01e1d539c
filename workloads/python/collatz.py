# n steps of the Collatz map from m, counting the odd steps (workloads/traces/collatz.uops).
# call: collatz(1000, 27)


def collatz(n, m):
    odd = 0
    for _ in range(n):
        if m % 2 == 0:
            m = m // 2
        else:
            m = 3 * m + 1
            odd += 1
    return odd
