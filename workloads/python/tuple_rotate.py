# Tuple-unpacking swaps and three-way rotations of locals (BUILD_TUPLE + UNPACK_SEQUENCE folded to stores).
# call: tuple_rotate(3000)


def tuple_rotate(n):
    a, b, c = 1, 2, 3
    total = 0
    for i in range(n):
        a, b, c = c, a, b
        if i % 5 == 0:
            a, b = b, a
        total += a * 100 + b * 10 + c
    return total
