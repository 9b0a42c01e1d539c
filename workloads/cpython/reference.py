"""Write reference.md: CPython 3.14's own JIT beside StencilBench's backends on the same executors.

    python3 reference.py dump.json times_jit0.json times_jit1.json run-summary.csv > reference.md   (run-summary.csv: a run's summary.csv)

CPython's figures: the executor's JIT mapping (page-rounded) and its extent without the trailing
zero fill, and the kernel's whole-call time with PYTHON_JIT=0 and =1 (time_kernels.py). StencilBench's:
code bytes and execution speed-up over its interp backend for each imported executor (a run's
summary.csv)."""
import csv
import json
import sys

BACKENDS = ["copy-and-patch", "template", "llvm-O0", "llvm-O2"]


def main(dump_path, t0_path, t1_path, summary_path):
    dump = json.load(open(dump_path))
    t0, t1 = json.load(open(t0_path))["kernels"], json.load(open(t1_path))["kernels"]
    rows = {}
    run_id = ""
    for r in csv.DictReader(open(summary_path)):
        run_id = r["run_id"]
        if r["kind"] == "execution":
            rows[(r["workload"], r["backend"])] = r
    print("# CPython 3.14's JIT beside StencilBench's backends, on the same executors\n")
    print(f"CPython {dump['python'].split()[0]} (`/work/cpython-jit`, --enable-experimental-jit); StencilBench run `{run_id}` (quick, noisy 2-core VM).")
    print("CPython interp / JIT: median whole-call time of the kernel (µs), PYTHON_JIT=0 / 1. CPython JIT bytes: the executor's")
    print("mapping (page-rounded) / its extent without the trailing zero fill. Other columns: code bytes and speed-up over")
    print("StencilBench's interp on the imported executor (imported/NAME@OFFSET.uops).\n")
    head = ["executor", "uops", "CPython interp µs", "CPython JIT µs", "CPython JIT speed-up", "CPython JIT bytes"]
    head += [f"{b} bytes, speed-up" for b in BACKENDS]
    print("| " + " | ".join(head) + " |")
    print("|" + " --- |" * len(head))
    for kernel, k in dump["kernels"].items():
        for ex in k["executors"]:
            name = f"{kernel}_{ex['offset']}"
            cells = [f"{kernel}@{ex['offset']}", str(len(ex["uops"])), f"{t0[kernel]:.1f}", f"{t1[kernel]:.1f}",
                     f"{t0[kernel] / t1[kernel]:.2f}×", f"{ex['jit_code_bytes']} / {ex['jit_code_used_bytes']}"]
            for b in BACKENDS:
                r = rows.get((name, b))
                cells.append(f"{r['code_bytes']}, {float(r['speedup_vs_interp']):.2f}×" if r else "–")
            print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(*sys.argv[1:5])
