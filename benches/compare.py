#!/usr/bin/env python3
"""Time rumba against C and LuaJIT on equivalent programs.

Each benchmark NAME has twins in benches/scripts: NAME.py (rumba, CPython),
NAME.c (built here with gcc -O2) and NAME.lua (LuaJIT), computing the same
thing and printing the same checksum. Every twin runs as a whole process;
the table gives the best wall time of N runs in ms and the ratios rumba is
judged by. The startup row runs the hello twins. A column whose tool is
missing, or a rumba tier this build lacks, shows "-". Standard library only.

    python3 benches/compare.py [-n 3] [--cpython] [--skip COLUMNS] [NAME ...]

Exits 1 if a twin fails or prints a different checksum.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "benches" / "scripts"
RNG = ROOT / "examples" / "rng"
BENCHMARKS = ["fib", "mandelbrot", "spectral_norm", "nbody", "fannkuch",
              "sieve", "hypot", "gibbs", "ffi_call", "qsort"]
STARTUP = "hello"
STARTUP_RUNS = 20
COLUMNS = ["c", "rumba-interp", "rumba-jit", "luajit", "luajit-joff", "cpython"]
# (label, numerator, denominator): the targets (the JIT within 1.3x
# of C and no slower than LuaJIT) and the interpreter against its peer.
RATIOS = [("jit/C", "rumba-jit", "c"),
          ("jit/LuaJIT", "rumba-jit", "luajit"),
          ("interp/LJ-joff", "rumba-interp", "luajit-joff")]
# C twins call librandomkit.so through the dynamic linker, as the scripts
# do, so that gcc cannot inline what the scripts must call.
C_LIBS = {"gibbs": ["-lrandomkit"], "ffi_call": ["-lrandomkit"]}

NUMBA_STUB = """\
def jit(*args, **options):
    if len(args) == 1 and callable(args[0]):
        return args[0]
    return lambda func: func


njit = jit
"""


class Failed(Exception):
    pass


class TimedOut(Exception):
    pass


def run(cmd, timeout, env=None):
    """(wall seconds, stdout) of one run that exits 0."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        raise TimedOut from None
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        err = p.stderr.decode(errors="replace").strip().splitlines()
        raise Failed(f"exit {p.returncode}: {err[-1] if err else '(no stderr)'}")
    return dt, p.stdout.decode(errors="replace")


def script(name, ext):
    return str(SCRIPTS / f"{name}{ext}")


def note(msg):
    print(msg, file=sys.stderr, flush=True)


def columns(args, build_dir):
    """{column: (name -> command, environment)} for the columns that can run
    here; the others are reported and left out."""
    cols = {}
    gcc = shutil.which("gcc")
    if gcc:
        def c_twin(name):
            exe = build_dir / name
            if not exe.exists():
                p = subprocess.run(
                    [gcc, "-O2", f"-I{RNG}", "-o", str(exe), script(name, ".c"),
                     f"-L{RNG}", f"-Wl,-rpath,{RNG}", *C_LIBS.get(name, []),
                     "-lm"], capture_output=True, text=True)
                if p.returncode != 0:
                    raise Failed(f"gcc failed: {p.stderr.strip()}")
            return [str(exe)]
        cols["c"] = (c_twin, None)
    else:
        note("c: skipped, gcc not found (apt-get install gcc)")

    rumba = Path(args.rumba)
    for tier in ("interp", "jit"):
        cmd = [str(rumba), "run", f"--tier={tier}"]
        try:  # a tier this build lacks exits 2 and becomes a "-" column
            run(cmd + [script(STARTUP, ".py")], args.timeout)
        except (OSError, Failed, TimedOut) as e:
            note(f"rumba-{tier}: skipped, {rumba} --tier={tier} fails ({e})")
            continue
        cols[f"rumba-{tier}"] = (lambda name, cmd=cmd: cmd + [script(name, ".py")],
                                 None)

    luajit = shutil.which("luajit")
    if luajit:
        for col, flags in (("luajit", []), ("luajit-joff", ["-joff"])):
            cols[col] = (lambda name, flags=flags:
                         [luajit, *flags, script(name, ".lua")], None)
    else:
        note("luajit: skipped, luajit not found (apt-get install luajit)")

    # CPython interprets the scripts: a numba module whose decorators do
    # nothing hides Numba, which would compile them. (tests/oracle's stand-in
    # records the argument types of every call, which would dominate fib.)
    (build_dir / "numba.py").write_text(NUMBA_STUB)
    env = dict(os.environ, PYTHONPATH=str(build_dir))
    cols["cpython"] = (lambda name: [sys.executable, script(name, ".py")], env)
    return cols


def measure(name, cols, runs, timeout):
    """One row: {column: cell text, or ms as a float}; problems as text."""
    row, outputs, problems = {}, {}, []
    for col, (command, env) in cols.items():
        try:
            cmd = command(name)
            times = []
            for _ in range(runs):
                dt, out = run(cmd, timeout, env)
                times.append(dt)
                if outputs.setdefault(col, out) != out:
                    raise Failed("output differs between runs")
        except TimedOut:
            row[col] = f">{timeout:g}s"
            note(f"{name}: {col} timed out")
            continue
        except (OSError, Failed) as e:
            row[col] = "FAILED"
            problems.append(f"{name} / {col}: {e}")
            note(f"!!! {problems[-1]}")
            continue
        row[col] = 1000 * min(times)
        note(f"{name}: {col} {row[col]:.1f} ms")
    # The first column that ran (C, when there is a compiler) is the reference.
    ref = next(iter(outputs), None)
    for col, out in outputs.items():
        if out != outputs[ref]:
            row[col] = "MISMATCH"
            problems.append(f"{name}: CHECKSUM MISMATCH, {col} printed {out!r}, "
                            f"{ref} printed {outputs[ref]!r}")
            note(f"!!! {problems[-1]}")
    return row, problems


def cell(value):
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}"


def ratio(row, num, den):
    a, b = row.get(num), row.get(den)
    if isinstance(a, float) and isinstance(b, float):
        return f"{a / b:.2f}"
    return "-"


def table(rows, shown):
    header = ["benchmark", *shown, *(label for label, _, _ in RATIOS)]
    lines = ["| " + " | ".join(header) + " |",
             "|:--" + "|--:" * (len(header) - 1) + "|"]
    for label, row in rows:
        cells = [label, *(cell(row.get(c)) for c in shown),
                 *(ratio(row, n, d) for _, n, d in RATIOS)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def versions(cols, rumba):
    """One line naming what was measured, for the record."""
    probes = [("c", "gcc ", ["gcc", "-dumpfullversion"]),
              ("rumba-interp", "", [rumba, "--version"]),
              ("luajit", "", ["luajit", "-v"]),
              ("cpython", "", [sys.executable, "--version"])]
    found = []
    for col, prefix, cmd in probes:
        if col in cols:
            p = subprocess.run(cmd, capture_output=True, text=True)
            found.append(prefix + p.stdout.split(" -- ")[0].strip())
    return "; ".join(found)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", metavar="NAME",
                    help=f"benchmarks to run (default: all of {' '.join(BENCHMARKS)})")
    ap.add_argument("-n", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--cpython", action="store_true",
                    help="add a CPython column (this interpreter; slow)")
    ap.add_argument("--skip", default="", metavar="COLUMNS",
                    help=f"comma-separated columns to leave out, of {','.join(COLUMNS)}")
    ap.add_argument("--rumba", default=str(ROOT / "target" / "release" / "rumba"),
                    help="rumba binary (default: target/release/rumba)")
    ap.add_argument("--timeout", type=float, default=120,
                    help="seconds allowed per run (default 120)")
    args = ap.parse_args()
    unknown = set(args.names) - set(BENCHMARKS)
    if unknown:
        ap.error(f"unknown benchmark(s): {' '.join(sorted(unknown))}")
    skip = set(filter(None, args.skip.split(",")))
    if skip - set(COLUMNS):
        ap.error(f"--skip: columns are {','.join(COLUMNS)}")
    if not args.cpython:
        skip.add("cpython")
    shown = [c for c in COLUMNS if c not in skip]

    with tempfile.TemporaryDirectory(prefix="rumba-bench-") as build_dir:
        cols = {c: v for c, v in columns(args, Path(build_dir)).items() if c in shown}
        rows, problems = [], []
        for name in args.names or BENCHMARKS:
            row, probs = measure(name, cols, args.n, args.timeout)
            rows.append((name, row))
            problems += probs
        row, probs = measure(STARTUP, cols, max(args.n, STARTUP_RUNS), args.timeout)
        rows.append((f"startup ({STARTUP})", row))
        problems += probs

    print(table(rows, shown))
    print(f"\nWall ms, best of {args.n} runs (startup: of {max(args.n, STARTUP_RUNS)});"
          f" ratio > 1: rumba is slower.\n{versions(cols, args.rumba)}")
    for p in problems:
        print(f"!!! {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
