# Leibniz's series for pi: float division, a sign flipped by unary minus each term.
# call: leibniz_pi(10000)


def leibniz_pi(n):
    total = 0.0
    sign = 1.0
    for k in range(n):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total
