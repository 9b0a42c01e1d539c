"""Writes the CPython side of the front end's golden files; run it with CPython 3.14 from the repository root:

    /work/cpython-jit/bin/python3.14 tests/golden/python/cpython_dis.py

For each workloads/python/<kernel>.py: <kernel>.cpython.dis.txt holds dis's listing of every function, and
cpython-results.txt the value of the file's "# call:" line, as repr. The C# tests compare the front end's
bytecode with the listings and python3's results with these.
"""
import dis
import glob
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))


def call_of(source, path):
    for line in source.splitlines():
        if line.startswith("# call:"):
            return line[len("# call:"):].strip()
    sys.exit(f"{path}: no '# call:' line")


def main():
    if sys.version_info[:2] != (3, 14):
        sys.exit(f"run this with CPython 3.14, not {sys.version.split()[0]}")
    results = []
    for path in sorted(glob.glob(os.path.join(ROOT, "workloads", "python", "*.py"))):
        kernel = os.path.splitext(os.path.basename(path))[0]
        source = open(path).read()
        module = compile(source, f"workloads/python/{kernel}.py", "exec")
        out = io.StringIO()
        out.write(f"# dis of workloads/python/{kernel}.py by CPython {sys.version.split()[0]}"
                  " (tests/golden/python/cpython_dis.py)\n")
        for code in module.co_consts:
            if hasattr(code, "co_code"):
                out.write(f"\nDisassembly of {code.co_name}:\n")
                dis.dis(code, file=out, depth=0)
        with open(os.path.join(HERE, f"{kernel}.cpython.dis.txt"), "w") as f:
            f.write(out.getvalue())
        namespace = {}
        exec(module, namespace)
        results.append(f"{kernel}: {eval(call_of(source, path), namespace)!r}")
    with open(os.path.join(HERE, "cpython-results.txt"), "w") as f:
        f.write(f"# the '# call:' line of each workloads/python kernel, run by CPython {sys.version.split()[0]}\n")
        f.write("\n".join(results) + "\n")


main()
