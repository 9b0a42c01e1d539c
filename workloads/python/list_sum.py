# Summing a list of ints with the list iterator (workloads/traces/list_sum.uops).
# call: list_sum([i * 7 % 101 for i in range(1000)])


def list_sum(lst):
    total = 0
    for x in lst:
        total += x
    return total
