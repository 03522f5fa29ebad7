"""``python -m benchmarks [--quick] [NAME ...]``: one table, Neuralux vs the direct library call."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from pathlib import Path

from benchmarks.common import Row


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help="bench_<name> modules to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)])
                   if m.name.startswith("bench_"))
    if args.names:
        names = [n for n in names if n.removeprefix("bench_") in args.names or n in args.names]
    rows: list[Row] = []
    for name in names:
        started = time.perf_counter()
        print(f"running {name}…", file=sys.stderr, flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            rows += module.run(args.quick)
        except Exception as exc:
            rows.append(Row(name, f"ERROR: {exc}", "", "", "", False))
        print(f"  {name} took {time.perf_counter() - started:.0f}s", file=sys.stderr)
    print("| path | Neuralux | direct | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r.path} | {r.neuralux} | {r.direct} | {r.ratio} | {r.target} | "
              f"{'yes' if r.ok else 'NO'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
