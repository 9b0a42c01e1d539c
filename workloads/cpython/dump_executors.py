"""Dump CPython 3.14's tier-2 executors for a module's kernels as JSON, for `stencilbench import`.

Run under a CPython 3.14 JIT build:  PYTHON_JIT=1 python3.14 dump_executors.py [kernels.py] > dump.json
The module defines KERNELS = {name: (function, make_args)}. Each function is warmed until CPython
compiles its loops, then every executor is written with op, oparg, target, operand (as
_opcode.get_executor gives them), the jump and error targets decoded from CPython's packed form,
the operand resolved (operand_const: the repr of a constant; operand_descr: what a
_BINARY_OP_EXTEND descriptor does), CPython's own JIT code size, and a frame snapshot: the locals
and value stack when the function first reaches the executor's offset, the locals and offset where
the traced path first leaves the executor's instructions, and the loop iterations in between.
"""
import _opcode
import builtins
import ctypes
import dis
import importlib.util
import json
import os
import re
import sys
import sysconfig
import time

WARM_CALLS = 200
FLAGS = {"HAS_EXIT_FLAG": 1, "HAS_DEOPT_FLAG": 2, "HAS_ERROR_FLAG": 4}
BRANCHES = ("_GUARD_IS_", "_GUARD_NOT_EXHAUSTED_")


def uop_flags():
    """CPython's per-uop exit/deopt/error flags, read from its installed internal header."""
    path = os.path.join(sysconfig.get_paths()["include"], "internal", "pycore_uop_metadata.h")
    flags = {}
    with open(path) as f:
        for m in re.finditer(r"\[(_\w+)\] = ([A-Z_ |]+),", f.read()):
            flags[m.group(1)] = sum(bit for name, bit in FLAGS.items() if name in m.group(2))
    return flags


def objects_of(fn):
    """Objects an inline-constant operand may point at, by id."""
    found = {}

    def add(o):
        if id(o) not in found:
            found[id(o)] = o
            if isinstance(o, tuple):
                for x in o:
                    add(x)

    for c in fn.__code__.co_consts:
        add(c)
    for v in list(fn.__globals__.values()) + list(vars(builtins).values()):
        add(v)
    for v in (True, False, None, *range(-5, 257)):
        add(v)
    return found


def describe_descr(address):
    """A _BINARY_OP_EXTEND descriptor {int oparg; guard; action}: its operator and operand types."""
    oparg = ctypes.c_int.from_address(address).value
    guard = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.py_object, ctypes.py_object)(
        ctypes.c_void_p.from_address(address + 8).value)
    for left, right, kinds in ((1.5, 2, ("float", "int")), (2, 1.5, ("int", "float")), (2, 3, ("int", "int"))):
        if guard(left, right):
            return {"oparg": oparg, "left": kinds[0], "right": kinds[1]}
    return {"oparg": oparg, "left": "?", "right": "?"}


def resolve(uop, objects):
    op, operand = uop["op"], uop["operand"]
    if op.startswith("_LOAD_CONST_INLINE"):
        if operand in objects:
            uop["operand_const"] = repr(objects[operand])
        else:
            uop["operand_object"] = "unknown object"
    elif op in ("_BINARY_OP_EXTEND", "_GUARD_BINARY_OP_EXTEND") and operand:
        uop["operand_descr"] = describe_descr(operand)


def executors_of(fn, flags):
    code, objects, found = fn.__code__, objects_of(fn), []
    for offset in range(0, len(code.co_code), 2):
        try:
            ex = _opcode.get_executor(code, offset)
        except (ValueError, RuntimeError):
            continue
        uops = []
        for op, oparg, target, operand in ex:
            uop = {"op": op, "oparg": oparg, "target": target, "operand": operand}
            if flags.get(op, 0) or op == "_JUMP_TO_TOP":
                uop["jump_target"], uop["error_target"] = target & 0xFFFF, target >> 16
            resolve(uop, objects)
            uops.append(uop)
        jit = ex.get_jit_code()
        # The mapping is page-rounded: its extent without the trailing zero fill approximates code + data.
        found.append({"offset": offset, "jit_code_bytes": len(jit), "jit_code_used_bytes": len(jit.rstrip(b"\0")), "uops": uops})
    return found


def frame_stack(frame):
    """The frame's value stack (3.14 layout: PyFrameObject.f_frame, then stackpointer and localsplus)."""
    interp = ctypes.c_void_p.from_address(id(frame) + 24).value
    top = ctypes.c_void_p.from_address(interp + 64).value
    code = frame.f_code
    base = interp + 80 + 8 * (len(code.co_varnames) + len(code.co_cellvars) + len(code.co_freevars))
    stack = []
    for slot in range(base, top, 8):
        bits = ctypes.c_size_t.from_address(slot).value
        stack.append(None if bits in (0, 1) else ctypes.cast(bits & ~1, ctypes.py_object).value)
    return stack


def value_text(v, frame=None):
    """The trace format's spelling of a value (a list iterator as the rest of its list it will yield)."""
    name = type(v).__name__
    if name == "range_iterator":
        return "iter(%r)" % (v.__reduce__()[1][0],)
    if name == "list_iterator":
        seq, index = v.__reduce__()[1][0], v.__reduce__()[2]
        for local, value in (frame.f_locals.items() if frame else ()):
            if value is seq:
                return "iter([%s[i] for i in range(%d, len(%s))])" % (local, index, local)
        return "iter(%r)" % (list(seq)[index:],)
    return repr(v)


def snapshot(fn, args, executor):
    """Run fn once more with opcode tracing: the state at the executor's entry and where it leaves."""
    entry = executor["offset"]
    uops = executor["uops"]
    # A guard's exit re-runs its own instruction in tier 1; a branch's exit goes where the trace did not.
    leaves = {uops[u["jump_target"]]["target"] for u in uops if u["op"].startswith(BRANCHES) and u["jump_target"]}
    # So does a trace that ends in _EXIT_TRACE rather than _JUMP_TO_TOP (often into another executor).
    stubs = {u.get(k) for u in uops for k in ("jump_target", "error_target")}
    leaves |= {u["target"] for i, u in enumerate(uops) if u["op"] == "_EXIT_TRACE" and i not in stubs}
    state = {}

    def trace(frame, event, arg):
        if frame.f_code is not fn.__code__:
            return None
        frame.f_trace_opcodes = True
        if event != "opcode" or "exit" in state:
            return trace
        at = frame.f_lasti
        if "entry" not in state and at == entry:
            state["entry"] = {"locals": locals_of(frame), "stack": [value_text(v, frame) for v in frame_stack(frame) if v is not None]}
            state["iterations"] = 0
        elif "entry" in state:
            if at == entry:
                state["iterations"] += 1
            elif at // 2 in leaves:
                state["exit"] = {"target": at // 2, "locals": locals_of(frame)}
        return trace

    sys.settrace(trace)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return state


def locals_of(frame):
    names = frame.f_code.co_varnames
    return [[n, value_text(frame.f_locals[n]) if n in frame.f_locals else None] for n in names]


def timed(fn, make_args, repeat=5):
    best = float("inf")
    for _ in range(repeat):
        args = make_args()
        t = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t)
    return best


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "kernels.py")
    spec = importlib.util.spec_from_file_location("kernels", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    flags = uop_flags()
    out = {"python": sys.version, "jit": os.environ.get("PYTHON_JIT", ""), "kernels": {}}
    for name, (fn, make_args) in module.KERNELS.items():
        executors = []
        for _ in range(WARM_CALLS):
            result = fn(*make_args())
            executors = executors or executors_of(fn, flags)
        executors = executors_of(fn, flags)
        seconds = timed(fn, make_args)
        for ex in executors:
            ex["frame"] = snapshot(fn, make_args(), ex)
        out["kernels"][name] = {"args": repr(make_args()) if len(repr(make_args())) < 200 else "...",
                                "params": list(fn.__code__.co_varnames[:fn.__code__.co_argcount]),
                                "result": repr(result), "seconds": seconds, "executors": executors}
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
