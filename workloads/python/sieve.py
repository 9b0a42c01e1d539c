# The sieve of Eratosthenes (workloads/traces/sieve.uops), then the primes counted.
# call: sieve(2000)


def sieve(n):
    flags = [False, False] + [True] * (n - 2)
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            j = i * i
            while j < n:
                flags[j] = False
                j += i
    count = 0
    for f in flags:
        if f:
            count += 1
    return count
