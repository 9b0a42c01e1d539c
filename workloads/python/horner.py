# A polynomial evaluated by Horner's rule at many points, coefficients from a list.
# call: horner(2000)


def horner(n):
    coeffs = [1.0, -3.0, 0.5, 2.0, -0.25, 1.5]
    total = 0.0
    for k in range(n):
        t = k / n - 0.5
        y = 0.0
        for c in coeffs:
            y = y * t + c
        total += y
    return total
