# An integer while loop (workloads/traces/while_loop.uops).
# call: while_loop(1000)


def while_loop(n):
    i = 0
    total = 0
    while i < n:
        i += 1
        total += i
    return total
