"""Write reference.md: CPython 3.14's own JIT beside StencilBench's backends on the same executors.

    python3 reference.py run-summary.csv dump.json times_jit0.json times_jit1.json \\
        [dump_more.json times_more_jit0.json times_more_jit1.json ...] > reference.md

(run-summary.csv: one or more runs' summary.csv rows, under one header line.) CPython's figures: the executor's JIT mapping (page-rounded)
and its extent without the trailing zero fill, and the kernel's whole-call time with PYTHON_JIT=0
and =1 (time_kernels.py). StencilBench's: code bytes and execution speed-up over its interp backend
for each imported executor, and for each graph workload (KERNEL_graph: the kernel's executors run
as one; CPython's bytes summed over them). An executor with no row was not imported ("–")."""
import csv
import json
import sys

BACKENDS = ["copy-and-patch", "template", "llvm-O0", "llvm-O2"]


def cells_for(rows, name):
    out = []
    for b in BACKENDS:
        r = rows.get((name, b))
        out.append(f"{r['code_bytes']}, {float(r['speedup_vs_interp']):.2f}×" if r else "–")
    return out


def main(summary_path, *triples):
    rows = {}
    run_ids = []
    for r in csv.DictReader(open(summary_path)):
        if r["run_id"] not in run_ids:
            run_ids.append(r["run_id"])
        if r["kind"] == "execution":
            rows[(r["workload"], r["backend"])] = r
    dumps = [(json.load(open(triples[i])), json.load(open(triples[i + 1]))["kernels"], json.load(open(triples[i + 2]))["kernels"])
             for i in range(0, len(triples), 3)]
    print("# CPython 3.14's JIT beside StencilBench's backends, on the same executors\n")
    print(f"CPython {dumps[0][0]['python'].split()[0]} (`/work/cpython-jit`, --enable-experimental-jit); StencilBench runs {', '.join(f'`{i}`' for i in run_ids)} (quick, noisy 2-core VM).")
    print("CPython interp / JIT: median whole-call time of the kernel (µs), PYTHON_JIT=0 / 1. CPython JIT bytes: the executor's")
    print("mapping (page-rounded) / its extent without the trailing zero fill. Other columns: code bytes and speed-up over")
    print("StencilBench's interp on the imported executor (imported/NAME@OFFSET.uops) or graph (graphs/KERNEL.uops);")
    print("– : no figure: not imported as dumped (none of the committed dumps since 2026-12-02), or the run's correctness check hit its 20 s limit on the loaded VM (nested_sum@102).\n")
    head = ["executor", "uops", "CPython interp µs", "CPython JIT µs", "CPython JIT speed-up", "CPython JIT bytes"]
    head += [f"{b} bytes, speed-up" for b in BACKENDS]
    print("| " + " | ".join(head) + " |")
    print("|" + " --- |" * len(head))
    for dump, t0, t1 in dumps:
        for kernel, k in dump["kernels"].items():
            timing = [f"{t0[kernel]:.1f}", f"{t1[kernel]:.1f}", f"{t0[kernel] / t1[kernel]:.2f}×"]
            for ex in k["executors"]:
                cells = [f"{kernel}@{ex['offset']}", str(len(ex["uops"]))] + timing
                cells += [f"{ex['jit_code_bytes']} / {ex['jit_code_used_bytes']}"] + cells_for(rows, f"{kernel}_{ex['offset']}")
                print("| " + " | ".join(cells) + " |")
            graph = f"{kernel}_graph"
            if any((graph, b) in rows for b in BACKENDS):
                exs = k["executors"]
                cells = [f"{kernel} graph ({' + '.join('@' + str(e['offset']) for e in exs)})", str(sum(len(e["uops"]) for e in exs))] + timing
                cells += [f"{sum(e['jit_code_bytes'] for e in exs)} / {sum(e['jit_code_used_bytes'] for e in exs)}"] + cells_for(rows, graph)
                print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(*sys.argv[1:])
