# A string-free scheduler in the manner of Richards: the highest-priority task not held runs; every third run holds it.
# call: richards(2000)


def richards(steps):
    prio = [3, 1, 4, 2, 5]
    runs = [0, 0, 0, 0, 0]
    held = [False, False, False, False, False]
    current = 0
    switches = 0
    for _ in range(steps):
        best = -1
        best_prio = -1
        for t in range(5):
            if not held[t] and prio[t] > best_prio:
                best = t
                best_prio = prio[t]
        if best < 0:
            for t in range(5):
                held[t] = False
            continue
        runs[best] += 1
        if runs[best] % 3 == 0:
            held[best] = True
        if best != current:
            switches += 1
            current = best
    return switches * 1000 + runs[0]
