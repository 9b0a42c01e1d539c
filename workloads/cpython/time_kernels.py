"""Time each kernel of kernels.py in this CPython (run once with PYTHON_JIT=0, once with PYTHON_JIT=1):
the median of 21 calls after 300 warming calls, in microseconds, as JSON {"jit": ..., "kernels": {name: us}}."""
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
KERNELS = __import__(os.environ.get("KERNELS", "kernels")).KERNELS

out = {"python": sys.version.split()[0], "jit": os.environ.get("PYTHON_JIT", ""), "kernels": {}}
for name, (fn, make_args) in KERNELS.items():
    for _ in range(300):
        fn(*make_args())
    samples = []
    for _ in range(21):
        args = make_args()
        t = time.perf_counter_ns()
        fn(*args)
        samples.append((time.perf_counter_ns() - t) / 1000)
    out["kernels"][name] = statistics.median(samples)
json.dump(out, sys.stdout, indent=1)
print()
