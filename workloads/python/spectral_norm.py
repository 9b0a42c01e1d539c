# The benchmarks game's spectral norm: A(i, j) computed in the loop, u <- A^T A u, then the Rayleigh quotient's parts.
# call: spectral_norm(40)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    w = [0.0] * n
    for _ in range(5):
        for i in range(n):
            s = 0.0
            for j in range(n):
                s += u[j] / ((i + j) * (i + j + 1) // 2 + i + 1)
            w[i] = s
        for i in range(n):
            s = 0.0
            for j in range(n):
                s += w[j] / ((j + i) * (j + i + 1) // 2 + j + 1)
            v[i] = s
        for i in range(n):
            u[i] = v[i]
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * w[i]
        vv += w[i] * w[i]
    return vbv / vv
