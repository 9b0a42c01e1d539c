# One row of the Mandelbrot set (workloads/traces/mandelbrot_row.uops): escape counts per pixel, summed.
# call: mandelbrot_row(48, 100)


def mandelbrot_row(width, maxiter):
    ci = 0.375
    total = 0
    counts = [0] * width
    for x in range(width):
        cr = x * 0.0625 - 2.0
        zr = 0.0
        zi = 0.0
        i = 0
        while i < maxiter and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            i += 1
        counts[x] = i
        total += i
    return total
