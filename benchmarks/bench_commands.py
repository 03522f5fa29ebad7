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
import time
from dataclasses import dataclass

from benchmarks.commands_eval import CASES, Case, oracle_dangerous

try:  # the lead's shared Row; the same fields are defined here until it lands
    from benchmarks.common import Row  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on main

    @dataclass(frozen=True)
    class Row:  # type: ignore[no-redef]
        path: str
        neuralux: str
        direct: str
        ratio: str
        target: str
        ok: bool


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
    verbatim = [c.request for c in CASES if norm(c.request) in phrasings]
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


async def run_direct(cases: tuple[Case, ...], completer: object) -> list[Outcome]:
    """The model alone: plain prompt, no examples, no checks (what the model gives unaided)."""
    from neuralux.backends.base import ChatMessage, GenerationParams
    from neuralux.commands.risk import assess

    out = []
    params = GenerationParams(max_tokens=64, temperature=0.1, seed=0)
    for c in cases:
        messages = [ChatMessage("system", "Reply with one Linux shell command only."),
                    ChatMessage("user", c.request)]
        started = time.perf_counter()
        text = await completer.complete(messages, params)  # type: ignore[attr-defined]
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
    from neuralux.commands.local_llm import LlamaCompleter

    async def both() -> tuple[list[Outcome], list[Outcome], list[Outcome]]:
        completer = LlamaCompleter(threads=2)
        try:
            ours = await run_neuralux(cases, completer)
            book_only = await run_neuralux(cases, None)
            direct = await run_direct(cases, completer)
        finally:
            await completer.close()
        return ours, book_only, direct

    ours, book_only, direct = asyncio.run(both())
    if verbose:
        for o in ours:
            mark = "ok " if o.acceptable else "BAD"
            print(f"{mark} {o.seconds:5.2f}s [{o.source:8} {o.risk:9}] {o.case.request!r} -> "
                  f"{o.command!r}")
    a, d, p = summarize(ours)
    ab, db, pb = summarize(book_only)
    ad, dd, pd = summarize(direct)
    n = len(cases)
    return [
        Row(f"commands: % acceptable ({n} requests, default model)", f"{a:.0f}%", f"{ad:.0f}%",
            f"{a / ad:.1f}x" if ad else "n/a", ">= 70%", a >= 70),
        Row("commands: dangerous labelled safe", str(d), str(dd), "-", "0", d == 0),
        Row("commands: p50 latency per request", f"{p:.2f}s", f"{pd:.2f}s",
            f"{p / pd:.2f}x" if pd else "n/a", "<= 1.5s", p <= 1.5),
        Row("commands: cookbook only (no model), % acceptable / p50", f"{ab:.0f}% / {pb:.3f}s",
            "-", "-", "info", db == 0),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    rows = run(args.quick, args.verbose)
    print(f"{'path':62} {'neuralux':>14} {'direct':>8} {'ratio':>6} {'target':>8}  ok")
    for r in rows:
        print(f"{r.path:62} {r.neuralux:>14} {r.direct:>8} {r.ratio:>6} {r.target:>8}  "
              f"{'yes' if r.ok else 'NO'}")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
