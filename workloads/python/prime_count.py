# Primes below n by trial division: a while loop with an early break inside a for loop.
# call: prime_count(3000)


def prime_count(n):
    count = 0
    for p in range(2, n):
        d = 2
        is_prime = True
        while d * d <= p:
            if p % d == 0:
                is_prime = False
                break
            d += 1
        if is_prime:
            count += 1
    return count
