# A dense float matrix multiply, row-major in flat lists, the classic triple loop.
# call: matmul(24)


def matmul(n):
    a = [0.0] * (n * n)
    b = [0.0] * (n * n)
    c = [0.0] * (n * n)
    for i in range(n):
        for j in range(n):
            a[i * n + j] = float(i + j) / n
            b[i * n + j] = float(i - j) / n
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i * n + k] * b[k * n + j]
            c[i * n + j] = s
    total = 0.0
    for x in c:
        total += x
    return total
