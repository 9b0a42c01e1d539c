"""What 3.14's borrowed loads would save, counted on the traces: per loop iteration along each
trace's in-line path (uop 0 or the _JUMP_TO_TOP target, to the _JUMP_TO_TOP or the first exit),
the loads that take a new reference (each an incref here, and a decref where the value is
dropped) and how many of them are *_BORROW loads, which CPython 3.14 pushes without one.

    python3 workloads/cpython/count_borrows.py workloads/traces/*.uops workloads/cpython/imported/*.uops
"""
import re
import sys

LOADS = {  # uop prefix -> references it takes
    "_LOAD_FAST_BORROW_LOAD_FAST_BORROW": 2, "_LOAD_FAST_LOAD_FAST": 2, "_STORE_FAST_LOAD_FAST": 1,
    "_LOAD_FAST_BORROW": 1, "_LOAD_FAST": 1, "_LOAD_CONST_INLINE": 1, "_COPY": 1,
}
LEAVES = ("_EXIT_TRACE", "_DEOPT", "_ERROR_POP_N")


def path(lines):
    """The in-line path of the main trace: from the loop head to the back jump."""
    uops, labels = [], {}
    for line in lines:
        line = line.split("#")[0].strip()
        if not line:
            continue
        if re.fullmatch(r"[A-Za-z_]\w*:", line):
            labels[line[:-1]] = len(uops)
            continue
        line = re.sub(r"^\d+:\s*", "", line)
        uops.append(line.split())
    start = 0
    for u in uops:
        if u[0] == "_JUMP_TO_TOP":
            jump = [f for f in u if f.startswith("jump=")]
            start = int(jump[0][5:]) if jump and jump[0][5:].isdigit() else labels.get(jump[0][5:], 0) if jump else 0
            break
    out = []
    for u in uops[start:]:
        out.append(u[0])
        if u[0] == "_JUMP_TO_TOP" or u[0].startswith(LEAVES):
            break
    return out


def count(ops):
    borrowed = sum(2 if o == "_LOAD_FAST_BORROW_LOAD_FAST_BORROW" else 1 for o in ops if "_BORROW" in o)
    refs = 0
    for o in ops:
        refs += next((n for p, n in sorted(LOADS.items(), key=lambda kv: -len(kv[0])) if o.startswith(p)), 0)
    return borrowed, refs


for f in sys.argv[1:]:
    text = open(f).read().split("trace:", 1)[1].split("\nexpect", 1)[0]
    b, r = count(path(text.splitlines()))
    print(f"{f.split('/')[-1]:28} borrowed loads {b:2}  of {r:2} new references per iteration")
