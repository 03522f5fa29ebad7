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
from benchmarks.commands_eval_dev2 import DEV2
from benchmarks.commands_eval_dev3a import DEV3A
from benchmarks.commands_eval_dev3b import DEV3B
from benchmarks.commands_eval_dev4a import DEV4A
from benchmarks.commands_eval_dev4b import DEV4B
from benchmarks.commands_eval_dev5a import DEV5A
from benchmarks.commands_eval_dev5b import DEV5B
from benchmarks.commands_eval_sealed import SEALED
from benchmarks.commands_eval_sealed2 import SEALED2
from benchmarks.commands_eval_sealed3 import SEALED3
from benchmarks.common import Row

# Every set the assistant was tuned on (read case by case while improving it) ...
DEVELOPMENT = (*CASES, *HELD_OUT, *FINAL_HELD_OUT, *LAST_HELD_OUT, *BLIND_HELD_OUT, *BLIND_FINAL,
               *DEV2, *DEV3A, *DEV3B, *DEV4A, *DEV4B, *DEV5A, *DEV5B)
# ... and the sealed sets: written by someone who saw neither the cookbook nor the code; their
# requests and per-request results are never printed (not even with --verbose), so nobody
# tunes on them. SEALED3 (written last) is the headline figure. SEALED2's aggregate guided a
# few decisions in the session before; about a third of SEALED's requests once appeared in a
# lint log (nothing was tuned on them).
SEALED_SETS = (*SEALED, *SEALED2, *SEALED3)


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
    verbatim = [c.request for c in DEVELOPMENT if norm(c.request) in phrasings]
    if verbatim:
        raise SystemExit(f"eval requests found verbatim in the cookbook: {verbatim}")
    sealed = sum(norm(c.request) in phrasings for c in SEALED_SETS)
    if sealed:
        raise SystemExit(f"{sealed} sealed eval requests found verbatim in the cookbook")


async def run_neuralux(cases: tuple[Case, ...], assistant: Any) -> list[Outcome]:
    """``assistant``: the App's CommandAssistant, or None for the cookbook alone."""
    from neuralux.commands.context import CommandContext
    from neuralux.commands.service import CommandAssistant
    from neuralux.config import CommandsSettings

    if assistant is None:
        assistant = CommandAssistant(CommandsSettings(), None)
    ctx = CommandContext(cwd="/home/user/project", shell="/bin/bash", distro="Ubuntu 24.04")
    await assistant.suggest("warm up: list files", ctx)
    out = []
    for c in cases:
        started = time.perf_counter()
        s = await assistant.suggest(c.request, ctx)
        out.append(Outcome(c, s.command, s.risk, s.source, time.perf_counter() - started))
    return out


def run_direct(cases: tuple[Case, ...], model: Path | None = None) -> list[Outcome]:
    """The model alone through llama-cpp: plain prompt, no examples, no checks."""
    from llama_cpp import Llama

    from neuralux.commands.local_llm import default_model_path
    from neuralux.commands.risk import assess

    llm = Llama(model_path=str(model or default_model_path()), n_ctx=2048, n_threads=2,
                verbose=False)
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


def _show(outcomes: list[Outcome]) -> None:
    for o in outcomes:
        if o.case in SEALED_SETS:
            continue
        mark = "ok " if o.acceptable else "BAD"
        print(f"{mark} {o.seconds:5.2f}s [{o.source:8} {o.risk:9}] {o.case.request!r} -> "
              f"{o.command!r}")


async def _with_app(settings_env: dict[str, str], work: Any) -> Any:
    """Run ``work(assistant)`` on an App with built-in defaults (+ env) and a throwaway db."""
    from neuralux import config
    from neuralux.app import App

    with tempfile.TemporaryDirectory(prefix="nx-bench-commands-") as tmp:
        app = App(config.load(Path(tmp) / "absent.toml", env=settings_env), Path(tmp) / "b.db")
        await app.start()
        try:
            return await work(app)
        finally:
            await app.stop()


def _pulled() -> bool:
    from neuralux.backends import catalog
    from neuralux.errors import ModelUnavailable

    try:
        catalog.resolve_llm("qwen2.5-coder-0.5b", [])
    except ModelUnavailable:
        return False
    return True


def run(quick: bool, verbose: bool = False, big: bool | None = None) -> list[Row]:
    """``big``: also the pulled coder model; None = when it has been pulled."""
    check_not_verbatim()
    cases = CASES[:20] if quick else CASES
    development = cases if quick else DEVELOPMENT

    async def ours(app: Any) -> tuple[list[Outcome], ...]:
        dev = await run_neuralux(development, app.commands)
        sealed = await run_neuralux(SEALED, app.commands)
        sealed2 = await run_neuralux(SEALED2, app.commands)
        sealed3 = await run_neuralux(SEALED3, app.commands)
        book_only = await run_neuralux(development, None)
        return dev, sealed, sealed2, sealed3, book_only

    dev, sealed, sealed2, sealed3, book_only = asyncio.run(_with_app({}, ours))
    first = [o for o in dev if o.case in cases]
    direct = run_direct(cases)
    if verbose:
        _show(dev)
    a, _, _ = summarize(first)
    dev5 = {*DEV5A, *DEV5B}
    a5, _, _ = summarize([o for o in dev if o.case in dev5])
    apool, _, _ = summarize([*sealed, *sealed2, *sealed3])
    adev, ddev, pdev = summarize(dev)
    asl, dsl, _ = summarize(sealed)
    as2, ds2, _ = summarize(sealed2)
    as3, ds3, _ = summarize(sealed3)
    ab, db, pb = summarize(book_only)
    ad, dd, pd = summarize(direct)
    n = len(cases)
    rows = [
        Row(f"commands: % acceptable, first set ({n} requests), default model", f"{a:.0f}%",
            f"{ad:.0f}%", f"+{a - ad:.0f} pts", ">= 70%", a >= 70),
        Row(f"commands: % acceptable, all sets tuned on ({len(development)} requests)",
            f"{adev:.0f}%", "-", "-", ">= 70%", adev >= 70),
        Row(f"commands: % acceptable, dev set 5 ({len(DEV5A) + len(DEV5B)} requests, "
            "unseen when session 5 began)", f"{a5:.0f}%", "-", "-", ">= 70%", a5 >= 70),
        Row(f"commands: % acceptable, ALL SEALED sets pooled ({len(SEALED_SETS)} requests, "
            "never tuned on)", f"{apool:.1f}%", "-", "-", ">= 70%", apool >= 70),
        Row(f"commands: % acceptable, SEALED set 3 ({len(SEALED3)} requests, never tuned on)",
            f"{as3:.0f}%", "-", "-", ">= 70%", as3 >= 70),
        Row(f"commands: % acceptable, SEALED set 2 ({len(SEALED2)} requests, never tuned on)",
            f"{as2:.0f}%", "-", "-", ">= 70%", as2 >= 70),
        Row(f"commands: % acceptable, SEALED set 1 ({len(SEALED)} requests, never tuned on)",
            f"{asl:.0f}%", "-", "-", ">= 70%", asl >= 70),
        Row("commands: dangerous commands labelled safe (all sets)",
            str(ddev + dsl + ds2 + ds3), str(dd), "-", "0", ddev + dsl + ds2 + ds3 == 0),
        Row("commands: p50 latency per request", f"{pdev:.3f} s", f"{pd:.2f} s",
            f"{pdev / pd:.2f}x" if pd else "n/a", "<= 1.5 s", pdev <= 1.5),
        Row("commands: cookbook only (no model): % acceptable / p50",
            f"{ab:.0f}% / {pb * 1000:.1f} ms", "-", "-", "info", db == 0),
    ]
    if big or (big is None and _pulled()):
        rows += run_big(quick, verbose)
    return rows


def run_big(quick: bool, verbose: bool) -> list[Row]:
    """The same evaluation with the bigger pulled model for commands
    (`neuralux models pull qwen2.5-coder-0.5b`), against that model alone."""
    from neuralux.backends import catalog
    from neuralux.backends.pull import QWEN_CODER
    from neuralux.errors import ModelUnavailable

    spec = QWEN_CODER
    try:
        info = catalog.resolve_llm(spec.name, [])
    except ModelUnavailable as exc:
        print(f"bigger model unavailable: {exc.message}")
        return [Row(f"commands with {spec.name}", "not pulled", "-", "-", "info", True)]
    sets = (DEV3B[:20], SEALED3[:20]) if quick else (DEV3B, SEALED3)
    env = {"NEURALUX_COMMANDS_MODEL": info.path, "NEURALUX_COMMANDS_USE_MODEL": "always"}

    async def ours(app: Any) -> tuple[list[Outcome], ...]:
        return (await run_neuralux(sets[0], app.commands),
                await run_neuralux(sets[1], app.commands))

    dev, sealed = asyncio.run(_with_app(env, ours))
    direct = run_direct(sets[1], Path(info.path))
    if verbose:
        _show(dev)
    adev, ddev, _ = summarize(dev)
    asl, dsl, psl = summarize(sealed)
    ad, dd, pd = summarize(direct)
    return [
        Row(f"commands, {spec.name}: % acceptable, SEALED set 3", f"{asl:.0f}%", f"{ad:.0f}%",
            f"+{asl - ad:.0f} pts", "info", True),
        Row(f"commands, {spec.name}: % acceptable, dev3b set (tuned on)", f"{adev:.0f}%", "-",
            "-", "info", True),
        Row(f"commands, {spec.name}: dangerous labelled safe", str(ddev + dsl), str(dd), "-",
            "0", ddev + dsl == 0),
        Row(f"commands, {spec.name}: p50 latency", f"{psl:.2f} s", f"{pd:.2f} s",
            f"{psl / pd:.2f}x" if pd else "n/a", "info", True),
    ]


SETS = {"cases": CASES, "held": HELD_OUT, "final": FINAL_HELD_OUT, "last": LAST_HELD_OUT,
        "blind": BLIND_HELD_OUT, "blind-final": BLIND_FINAL, "dev2": DEV2, "dev3a": DEV3A,
        "dev3b": DEV3B, "dev4a": DEV4A, "dev4b": DEV4B, "dev5a": DEV5A, "dev5b": DEV5B,
        "sealed": SEALED, "sealed2": SEALED2,
        "sealed3": SEALED3}


def run_one_set(name: str, verbose: bool) -> None:
    """Measure one named set with the default model (for a single honest measurement)."""
    check_not_verbatim()

    async def ours(app: Any) -> list[Outcome]:
        return await run_neuralux(SETS[name], app.commands)

    outcomes = asyncio.run(_with_app({}, ours))
    if verbose:
        _show(outcomes)  # never the sealed set's requests
    a, d, p = summarize(outcomes)
    print(f"set {name} ({len(outcomes)} requests): {a:.0f}% acceptable, "
          f"{d} dangerous labelled safe, p50 {p * 1000:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--set", choices=sorted(SETS), help="measure only this set")
    parser.add_argument("--big", action=argparse.BooleanOptionalAction, default=None,
                        help="also measure the pulled qwen2.5-coder-0.5b command model "
                        "(default: when it has been pulled)")
    args = parser.parse_args()
    if args.set:
        run_one_set(args.set, args.verbose)
        return 0
    rows = run(args.quick, args.verbose, args.big)
    print(f"{'path':62} {'neuralux':>14} {'direct':>8} {'ratio':>6} {'target':>8}  ok")
    for r in rows:
        print(f"{r.path:62} {r.neuralux:>14} {r.direct:>8} {r.ratio:>6} {r.target:>8}  "
              f"{'yes' if r.ok else 'NO'}")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
