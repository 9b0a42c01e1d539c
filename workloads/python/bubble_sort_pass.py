# A whole bubble sort of a permutation (workloads/traces/bubble_sort.uops); the sorted list is the result.
# call: bubble_sort_pass(64, [i * 7919 % 64 for i in range(64)])


def bubble_sort_pass(n, lst):
    for i in range(n - 1):
        j = 0
        while j < n - 1 - i:
            if lst[j] > lst[j + 1]:
                lst[j], lst[j + 1] = lst[j + 1], lst[j]
            j += 1
    return lst
