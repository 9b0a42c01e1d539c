# Running minimum, maximum and largest step of a sequence, through the min, max and abs builtins.
# call: running_minmax([(i * 7919) % 1009 - 500 for i in range(3000)])


def running_minmax(xs):
    lo = xs[0]
    hi = xs[0]
    prev = xs[0]
    step = 0
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
        step = max(step, abs(x - prev))
        prev = x
    return (lo, hi, step)
