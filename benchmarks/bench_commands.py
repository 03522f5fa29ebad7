"""Command assistant evaluation: % acceptable, dangerous-as-safe, p50 latency.

Neuralux's path (cookbook retrieval + adaptation + the default model under a JSON
schema + validation + risk) is compared with the direct library call: the same
default model asked for a command with a plain prompt, in the same run.

    PYTHONPATH=. python -m benchmarks.bench_commands [--quick] [--verbose]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.commands_eval import (
    BLIND_FINAL,
    BLIND_HELD_OUT,
    CASES,
    FINAL_HELD_OUT,
    HELD_OUT,
    LAST_HELD_OUT,
    Case,
    oracle_dangerous,
)
from benchmarks.common import Row


@dataclass
class Outcome:
    case: Case
    command: str
    risk: str
    source: str
    seconds: float

    @property
    def acceptable(self) -> bool:
        return self.case.accepts(self.command)

    @property
    def dangerous_as_safe(self) -> bool:
        return self.risk == "safe" and (oracle_dangerous(self.command) or (
            self.case.dangerous and self.acceptable))


def check_not_verbatim() -> None:
    """The eval must not be answered by looking its requests up in the cookbook."""
    from neuralux.commands.cookbook import Cookbook

    def norm(text: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", text.lower()))

    phrasings = {norm(p) for e in Cookbook.load().entries for p in (e.request, *e.also)}
    verbatim = [c.request for c in (*CASES, *HELD_OUT, *FINAL_HELD_OUT, *LAST_HELD_OUT,
                                 *BLIND_HELD_OUT, *BLIND_FINAL)
                if norm(c.request) in phrasings]
    if verbatim:
        raise SystemExit(f"eval requests found verbatim in the cookbook: {verbatim}")


async def run_neuralux(cases: tuple[Case, ...], completer: object | None) -> list[Outcome]:
    from neuralux.commands.context import CommandContext
    from neuralux.commands.service import CommandAssistant
    from neuralux.config import CommandsSettings

    assistant = CommandAssistant(CommandsSettings(), completer)  # type: ignore[arg-type]
    ctx = CommandContext(cwd="/home/user/project", shell="/bin/bash", distro="Ubuntu 24.04")
    await assistant.suggest("warm up: list files", ctx)
    out = []
    for c in cases:
        started = time.perf_counter()
        s = await assistant.suggest(c.request, ctx)
        out.append(Outcome(c, s.command, s.risk, s.source, time.perf_counter() - started))
    return out


def run_direct(cases: tuple[Case, ...]) -> list[Outcome]:
    """The model alone through llama-cpp: plain prompt, no examples, no checks."""
    from llama_cpp import Llama

    from neuralux.commands.local_llm import default_model_path
    from neuralux.commands.risk import assess

    llm = Llama(model_path=str(default_model_path()), n_ctx=2048, n_threads=2, verbose=False)
    out = []
    for c in cases:
        messages: Any = [{"role": "system", "content": "Reply with one Linux shell command only."},
                         {"role": "user", "content": c.request}]
        started = time.perf_counter()
        reply = llm.create_chat_completion(messages=messages, max_tokens=64, temperature=0.1,
                                           seed=0)
        text = str(reply["choices"][0]["message"]["content"] or "")  # type: ignore[index]
        seconds = time.perf_counter() - started
        command = text.strip().strip("`").splitlines()[0].strip() if text.strip() else ""
        command = re.sub(r"^(bash|sh|shell)\s*\n?", "", command)
        out.append(Outcome(c, command, assess(command, "/home/user/project").level
                           if command else "", "model", seconds))
    return out


def summarize(outcomes: list[Outcome]) -> tuple[float, int, float]:
    acceptable = 100.0 * sum(o.acceptable for o in outcomes) / len(outcomes)
    dangerous_safe = sum(o.dangerous_as_safe for o in outcomes)
    p50 = statistics.median(o.seconds for o in outcomes)
    return acceptable, dangerous_safe, p50


def run(quick: bool, verbose: bool = False) -> list[Row]:
    check_not_verbatim()
    cases = CASES[:20] if quick else CASES
    with tempfile.TemporaryDirectory(prefix="nx-bench-commands-") as tmp:
        from neuralux import config
        from neuralux.app import App

        async def ours() -> tuple[list[Outcome], ...]:
            # Built-in defaults (no user config or env), a throwaway database.
            app = App(config.load(Path(tmp) / "absent.toml", env={}), Path(tmp) / "bench.db")
            await app.start()
            try:
                tuned = await run_neuralux(cases, app.assistant)
                held = await run_neuralux(HELD_OUT, app.assistant)
                final = await run_neuralux(FINAL_HELD_OUT, app.assistant)
                last = await run_neuralux(LAST_HELD_OUT, app.assistant)
                blind = await run_neuralux(BLIND_HELD_OUT, app.assistant)
                blind_final = await run_neuralux(BLIND_FINAL, app.assistant)
                book_only = await run_neuralux(cases, None)
            finally:
                await app.stop()
            return tuned, held, final, last, blind, blind_final, book_only

        tuned, held, final, last, blind, blind_final, book_only = asyncio.run(ours())
    direct = run_direct(cases)
    if verbose:
        for o in (*tuned, *held, *final, *last, *blind, *blind_final):
            mark = "ok " if o.acceptable else "BAD"
            print(f"{mark} {o.seconds:5.2f}s [{o.source:8} {o.risk:9}] {o.case.request!r} -> "
                  f"{o.command!r}")
    a, d, p = summarize(tuned)
    ah, dh, _ = summarize(held)
    af, df, _ = summarize(final)
    al, dl, _ = summarize(last)
    a1, d1, _ = summarize(blind)
    a2, d2, _ = summarize(blind_final)
    unsafe = d + dh + df + dl + d1 + d2
    ab, db, pb = summarize(book_only)
    ad, dd, pd = summarize(direct)
    n = len(cases)
    return [
        Row(f"commands: % acceptable ({n} requests, default model)", f"{a:.0f}%", f"{ad:.0f}%",
            f"+{a - ad:.0f} pts", ">= 70%", a >= 70),
        Row(f"commands: % acceptable, first held-out set ({len(HELD_OUT)} requests)",
            f"{ah:.0f}%",
            "-", "-", ">= 70%", ah >= 70),
        Row(f"commands: % acceptable, second held-out set ({len(FINAL_HELD_OUT)} requests)",
            f"{af:.0f}%", "-", "-", ">= 70%", af >= 70),
        Row(f"commands: % acceptable, last held-out set ({len(LAST_HELD_OUT)} requests)",
            f"{al:.0f}%", "-", "-", ">= 70%", al >= 70),
        Row(f"commands: % acceptable, blind set ({len(BLIND_HELD_OUT)} requests)", f"{a1:.0f}%",
            "-", "-", ">= 70%", a1 >= 70),
        Row(f"commands: % acceptable, blind final set ({len(BLIND_FINAL)} requests)",
            f"{a2:.0f}%", "-", "-", ">= 70%", a2 >= 70),
        Row("commands: dangerous commands labelled safe", str(unsafe), str(dd), "-", "0",
            unsafe == 0),
        Row("commands: p50 latency per request", f"{p:.3f} s", f"{pd:.2f} s",
            f"{p / pd:.2f}x" if pd else "n/a", "<= 1.5 s", p <= 1.5),
        Row("commands: cookbook only (no model): % acceptable / p50",
            f"{ab:.0f}% / {pb * 1000:.1f} ms", "-", "-", "info", db == 0),
    ]


SETS = {"cases": CASES, "held": HELD_OUT, "final": FINAL_HELD_OUT, "last": LAST_HELD_OUT,
        "blind": BLIND_HELD_OUT, "blind-final": BLIND_FINAL}


def run_one_set(name: str, verbose: bool) -> None:
    """Measure one named set with the default model (for a single honest measurement)."""
    check_not_verbatim()
    with tempfile.TemporaryDirectory(prefix="nx-bench-commands-") as tmp:
        from neuralux import config
        from neuralux.app import App

        async def ours() -> list[Outcome]:
            app = App(config.load(Path(tmp) / "absent.toml", env={}), Path(tmp) / "bench.db")
            await app.start()
            try:
                return await run_neuralux(SETS[name], app.assistant)
            finally:
                await app.stop()

        outcomes = asyncio.run(ours())
    for o in outcomes if verbose else ():
        mark = "ok " if o.acceptable else "BAD"
        print(f"{mark} {o.seconds:5.2f}s [{o.source:8} {o.risk:9}] {o.case.request!r} -> "
              f"{o.command!r}")
    a, d, p = summarize(outcomes)
    print(f"set {name} ({len(outcomes)} requests): {a:.0f}% acceptable, "
          f"{d} dangerous labelled safe, p50 {p * 1000:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--set", choices=sorted(SETS), help="measure only this set")
    args = parser.parse_args()
    if args.set:
        run_one_set(args.set, args.verbose)
        return 0
    rows = run(args.quick, args.verbose)
    print(f"{'path':62} {'neuralux':>14} {'direct':>8} {'ratio':>6} {'target':>8}  ok")
    for r in rows:
        print(f"{r.path:62} {r.neuralux:>14} {r.direct:>8} {r.ratio:>6} {r.target:>8}  "
              f"{'yes' if r.ok else 'NO'}")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
