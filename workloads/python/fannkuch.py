# Fannkuch's flip loop: reverse the first perm[0] + 1 items until perm[0] is 0, over a family of permutations.
# call: fannkuch(9, 200)


def fannkuch(n, rounds):
    perm = [0] * n
    total = 0
    most = 0
    for r in range(rounds):
        for i in range(n):
            perm[i] = (i * 7 + r) % n
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        total += flips
        most = max(most, flips)
    return total * 100 + most
