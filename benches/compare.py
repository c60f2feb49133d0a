#!/usr/bin/env python3
"""cdstudy against the Python pipeline (benches/python_pipeline.py) on one study: the two
in turn, A B A B ..., each a whole process, timed by the kernel's accounting of its CPU
(user + system) and its peak memory; prints the medians and the median of the ratios of
each pair, so that a machine whose speed drifts still compares fairly.

    cargo build --release
    python3 benches/compare.py STUDY.yaml [RUNS]
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if status != 0 and os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{cmd[0]} failed: {status}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024


def main():
    study = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    out = tempfile.mkdtemp()
    rust = [os.path.join(ROOT, "target", "release", "cdstudy"), "render", study,
            "--doc", "dsr", "--format", "html", "-o", os.path.join(out, "r.html")]
    python = [sys.executable, os.path.join(HERE, "python_pipeline.py"), study,
              os.path.join(out, "p.html")]
    run(rust), run(python)  # warm-up: caches, page cache
    a, b = [], []
    for _ in range(runs):
        a.append(run(rust))
        b.append(run(python))
    med = lambda xs, k: statistics.median(x[k] for x in xs)
    ratio = statistics.median(y[0] / x[0] for x, y in zip(a, b) if x[0] > 0)
    print(f"{runs} paired runs on {study}")
    print(f"cdstudy  cpu {med(a, 0) * 1000:8.0f} ms  wall {med(a, 1) * 1000:8.0f} ms  peak {med(a, 2):6.0f} MB")
    print(f"python   cpu {med(b, 0) * 1000:8.0f} ms  wall {med(b, 1) * 1000:8.0f} ms  peak {med(b, 2):6.0f} MB")
    print(f"python / cdstudy, CPU, median of pairs: {ratio:.2f}x")


if __name__ == "__main__":
    main()
