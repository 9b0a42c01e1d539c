# The logistic map in its chaotic regime, float arithmetic only (workloads/traces/float_recurrence.uops).
# call: float_recurrence(1000)


def float_recurrence(n):
    r = 3.7
    x = 0.5
    for _ in range(n):
        x = r * x * (1.0 - x)
    return x
