# pyperformance's nbody inner loop on parallel lists of floats: pairwise forces, then positions advanced.
# call: nbody(5, 200)


def nbody(bodies, steps):
    x = [0.0, 4.84, 8.34, 12.89, 15.37]
    y = [0.0, -1.16, 4.12, -15.11, -25.91]
    vx = [0.0, 0.606, -1.01, 1.08, 0.979]
    vy = [0.0, 2.81, 1.82, 0.868, 0.594]
    mass = [39.47, 0.037, 0.011, 0.0017, 0.002]
    dt = 0.01
    for _ in range(steps):
        for i in range(bodies):
            for j in range(i + 1, bodies):
                dx = x[i] - x[j]
                dy = y[i] - y[j]
                d2 = dx * dx + dy * dy
                mag = dt / (d2 * d2 ** 0.5)
                vx[i] -= dx * mass[j] * mag
                vy[i] -= dy * mass[j] * mag
                vx[j] += dx * mass[i] * mag
                vy[j] += dy * mass[i] * mag
        for i in range(bodies):
            x[i] += dt * vx[i]
            y[i] += dt * vy[i]
    e = 0.0
    for i in range(bodies):
        e += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i])
    return e
