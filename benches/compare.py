#!/usr/bin/env python3
"""Time benches/scripts/NAME.py under rumba's two tiers, LuaJIT (NAME.lua,
interpreter and JIT) and CPython, check that every implementation prints the
same output, and print one table: best-of-K wall time in ms and the ratios
that matter for rumba. The last row is startup: the mean wall time of
scripts/hello.py. Implementations that are missing, or a rumba tier that is
not accepted yet, show as "-". Standard library only.

    python3 benches/compare.py [--runs 3] [--only fib,nbody] [--size fib=30]
                               [--rumba PATH] [--impls LIST] [--markdown]

Exits 1 if any output differs or any run fails, so it can gate CI.
"""

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "benches" / "scripts"
STARTUP = "hello"
IMPLS = ["rumba-interp", "rumba-jit", "luajit-joff", "luajit", "cpython", "c"]
# (label, numerator, denominator): how far rumba is from LuaJIT's matching
# tier, how far ahead of CPython, and what its JIT buys over its interpreter.
RATIOS = [
    ("interp/LJ-joff", "rumba-interp", "luajit-joff"),
    ("CPy/interp", "cpython", "rumba-interp"),
    ("jit/LJ", "rumba-jit", "luajit"),
    ("interp/jit", "rumba-interp", "rumba-jit"),
]


class Failed(Exception):
    pass


def run_once(cmd, timeout):
    """Wall time in seconds and stdout of one run; Failed if it did not exit 0."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed(f"timed out after {timeout:g} s")
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        lines = p.stderr.decode(errors="replace").strip().splitlines()
        raise Failed(f"exit {p.returncode}: {lines[-1] if lines else '(no stderr)'}")
    return dt, p.stdout


def commands(args):
    """{impl: (command prefix, script extension) or None if unavailable}."""
    found = dict.fromkeys(IMPLS)
    rumba = Path(args.rumba)
    for tier in ("interp", "jit"):
        if f"rumba-{tier}" not in args.impls:
            continue
        if not rumba.is_file():
            note(f"rumba skipped: {rumba} not found (cargo build --release)")
            break
        cmd = [str(rumba), "run", f"--tier={tier}"]
        try:  # a tier this build rejects is skipped, not an error
            run_once(cmd + [str(SCRIPTS / f"{STARTUP}.py")], args.timeout)
            found[f"rumba-{tier}"] = (cmd, ".py")
        except Failed as e:
            note(f"rumba --tier={tier} skipped: {e}")
    luajit = shutil.which("luajit")
    if luajit:
        found["luajit-joff"] = ([luajit, "-joff"], ".lua")
        found["luajit"] = ([luajit], ".lua")
    elif {"luajit", "luajit-joff"} & set(args.impls):
        note("luajit skipped: not on PATH")
    found["cpython"] = ([args.python], ".py")
    # A C twin (NAME.c), compiled once per benchmark, is the baseline where
    # one exists (the qsort with a C comparator, say).
    if shutil.which("cc"):
        found["c"] = (None, ".c")
    return {k: found[k] for k in args.impls}


def compiled(source):
    """A C twin built with cc -O2 into a temporary directory."""
    import tempfile
    exe = Path(tempfile.mkdtemp(prefix="rumba-bench-")) / source.stem
    subprocess.run(["cc", "-O2", "-o", str(exe), str(source), "-lm"], check=True)
    return exe


def measure(name, impls, size, runs, timeout, mean=False):
    """One table row: {impl: ms or None}, plus problems as (impl, text)."""
    times, outputs, problems = {}, {}, []
    for impl, found in impls.items():
        times[impl] = None
        if found is None:
            continue
        prefix, ext = found
        script = SCRIPTS / (name + ext)
        if not script.is_file():
            continue
        if prefix is None:
            cmd = [str(compiled(script))] + ([str(size)] if size else [])
        else:
            cmd = prefix + [str(script)] + ([str(size)] if size else [])
        note(f"{name}: {impl}")
        try:
            results = [run_once(cmd, timeout) for _ in range(runs)]
        except Failed as e:
            problems.append((impl, str(e)))
            times[impl] = "ERROR"
            continue
        secs = [t for t, _ in results]
        times[impl] = 1000 * (sum(secs) / runs if mean else min(secs))
        outputs[impl] = results[0][1]
        if any(out != results[0][1] for _, out in results):
            problems.append((impl, "output differs between runs"))
    # CPython is the oracle; without it, the first implementation that ran.
    ref = "cpython" if "cpython" in outputs else next(iter(outputs), None)
    for impl, out in outputs.items():
        if out != outputs[ref]:
            problems.append((impl, f"OUTPUT MISMATCH vs {ref}:\n"
                             f"      {ref}: {outputs[ref]!r}\n"
                             f"      {impl}: {out!r}"))
            times[impl] = f"MISMATCH {fmt_ms(times[impl])}"
    return times, problems


def fmt_ms(ms):
    if ms is None:
        return "-"
    if isinstance(ms, str):
        return ms
    return f"{ms:.0f}" if ms >= 100 else f"{ms:.1f}"


def fmt_ratio(times, num, den):
    a, b = times.get(num), times.get(den)
    if isinstance(a, float) and isinstance(b, float) and b > 0:
        return f"{a / b:.2f}"
    return "-"


def table(rows, impls, markdown):
    header = ["benchmark"] + list(impls) + [label for label, _, _ in RATIOS]
    body = [[label] + [fmt_ms(times[i]) for i in impls]
            + [fmt_ratio(times, n, d) for _, n, d in RATIOS]
            for label, times in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |",
                 "|:--" + "|--:" * (len(header) - 1) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in body]
        return "\n".join(lines)
    widths = [max(len(r[c]) for r in [header] + body) for c in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) if c == 0 else cell.rjust(w)
                  for c, (cell, w) in enumerate(zip(r, widths)))
        for r in [header] + body)


def size_arg(text):
    name, eq, n = text.partition("=")
    if not (eq and n.isdigit()):
        raise argparse.ArgumentTypeError(f"expected NAME=N, got {text!r}")
    return name, n


def note(msg):
    print(msg, file=sys.stderr, flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rumba", default=str(ROOT / "target/release/rumba"),
                    help="rumba binary (default: target/release/rumba)")
    ap.add_argument("--python", default=sys.executable,
                    help="CPython with numpy (default: this interpreter)")
    ap.add_argument("--only", help="comma-separated benchmark names")
    ap.add_argument("--impls", default=",".join(IMPLS),
                    help=f"comma-separated subset of {','.join(IMPLS)}")
    ap.add_argument("--size", action="append", default=[], type=size_arg,
                    metavar="NAME=N",
                    help="argument passed to benchmark NAME (repeatable)")
    ap.add_argument("--runs", type=int, default=3, help="best of K runs")
    ap.add_argument("--startup-runs", type=int, default=20,
                    help="runs of hello.py averaged for startup (0: skip)")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds allowed per run")
    ap.add_argument("--markdown", action="store_true", help="Markdown table")
    args = ap.parse_args()

    names = sorted(p.stem for p in SCRIPTS.glob("*.py") if p.stem != STARTUP)
    if args.only:
        only = args.only.split(",")
        unknown = set(only) - set(names)
        if unknown:
            ap.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
        names = [n for n in names if n in only]
    wanted = args.impls.split(",")
    if set(wanted) - set(IMPLS):
        ap.error(f"--impls: choose from {','.join(IMPLS)}")
    args.impls = [i for i in IMPLS if i in wanted]
    sizes = dict(args.size)
    unknown = set(sizes) - set(names)
    if unknown:
        ap.error(f"--size for unknown benchmark(s): {', '.join(sorted(unknown))}")

    impls = commands(args)
    rows, problems = [], []
    for name in names:
        times, probs = measure(name, impls, sizes.get(name), args.runs,
                               args.timeout)
        rows.append((name + (f"({sizes[name]})" if name in sizes else ""), times))
        problems += [(name, impl, text) for impl, text in probs]
    if args.startup_runs > 0:
        times, probs = measure(STARTUP, impls, None, args.startup_runs,
                               args.timeout, mean=True)
        rows.append((f"startup (mean of {args.startup_runs})", times))
        problems += [(STARTUP, impl, text) for impl, text in probs]

    print(table(rows, list(impls), args.markdown))
    print(f"\nWall time in ms, best of {args.runs} runs; a ratio a/b > 1 means"
          " a is slower.")
    for name, impl, text in problems:
        print(f"!!! {name} / {impl}: {text}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
