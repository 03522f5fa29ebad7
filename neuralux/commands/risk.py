"""Deterministic risk classification of a shell command: safe, caution or dangerous.

``classify_risk`` is a pure function: it takes the parsed command and the facts
it needs (working directory, home, which paths exist) and returns the level with
reasons a person can read. Pipelines and ``;``/``&&`` chains are judged as a
whole: the level is the worst of every command, raised further by patterns that
are only dangerous together (``curl … | sh``, ``cd elsewhere && rm …``,
``yes | …``, deleting what ``xargs`` reads).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from neuralux.commands import risk_rules as rules
from neuralux.commands.parse import ParsedCommand, SimpleCommand, parse_command

SAFE = "safe"
CAUTION = "caution"
DANGEROUS = "dangerous"
LEVELS = (SAFE, CAUTION, DANGEROUS)


@dataclass(frozen=True)
class RiskFacts:
    """What the classifier may know about the machine; passed in to keep it pure."""

    cwd: str = "/nonexistent-cwd"
    home: str = "/nonexistent-home"
    existing: frozenset[str] = field(default_factory=frozenset)  # absolute paths that exist


@dataclass(frozen=True)
class RiskReport:
    level: str
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"level": self.level, "reasons": list(self.reasons)}


def classify_risk(parsed: ParsedCommand | str, facts: RiskFacts | None = None) -> RiskReport:
    """Judge ``parsed`` as a whole. Unparseable text is ``caution`` at least."""
    if isinstance(parsed, str):
        parsed = parse_command(parsed)
    facts = facts or RiskFacts()
    found = rules.Findings()
    if not parsed.ok:
        found.add(rules.CAUTION_N, "the command could not be parsed, so it cannot be checked")
    rules.raw_text_rules(parsed.text, found)
    if parsed.has_function:
        found.add(rules.CAUTION_N, "defines a shell function")
    ctx = rules.Context(facts.cwd, facts.home, facts.existing)
    seen_cd = False
    for index, command in enumerate(parsed.commands):
        judged = _judge_with_wrappers(command, ctx, depth=0)
        if seen_cd and judged.deletes and not command.nested:
            judged.add(rules.DANGEROUS_N, f"{command.program} runs after `cd`, so its paths are "
                       "relative to another directory")
        found.merge(judged)
        if command.program == "cd" and not command.nested:
            seen_cd = True
        _pipeline_rules(parsed, index, command, found)
    _substitution_rules(parsed, found)
    return RiskReport(LEVELS[found.level], tuple(found.reasons))


def assess(command: str, cwd: str | None = None, home: str | None = None) -> RiskReport:
    """``classify_risk`` with facts read from this machine (which written paths exist)."""
    cwd = cwd or os.getcwd()
    home = home or os.path.expanduser("~")
    parsed = parse_command(command)
    existing = set()
    for c in parsed.commands:
        targets = [r.target for r in c.redirects if r.writes]
        targets += [a for a in c.argv[1:] if not a.startswith("-")]
        for target in targets:
            path = rules.absolute(target, cwd, home)
            if path and os.path.lexists(path):
                existing.add(path)
    return classify_risk(parsed, RiskFacts(cwd, home, frozenset(existing)))


def _judge_with_wrappers(command: SimpleCommand, ctx: rules.Context, depth: int
                         ) -> rules.Findings:
    """Judge a command, looking through sudo/env/nice/xargs/sh -c to what really runs."""
    found = rules.Findings()
    argv = list(command.argv)
    as_root = False
    via_xargs = False
    for _ in range(6):  # wrappers can nest: sudo nice -n 5 xargs rm
        if not argv:
            break
        name = os.path.basename(argv[0])
        inner = rules.unwrap(argv)
        if inner is None:
            break
        if name in rules.ROOT_WRAPPERS:
            as_root = True
            found.add(rules.CAUTION_N, f"runs as root via {name}: mistakes can damage the system")
        if name == "xargs":
            via_xargs = True
        argv = inner
    if argv and os.path.basename(argv[0]) in rules.SHELLS and depth < 3:
        script = rules.shell_c_script(argv)
        if script is not None:
            inner_parsed = parse_command(script)
            inner_report = classify_risk(inner_parsed, RiskFacts(ctx.cwd, ctx.home,
                                                                  ctx.existing))
            found.add(LEVELS.index(inner_report.level), *inner_report.reasons)
            return found
    body = rules.judge_program(argv, command, ctx)
    if via_xargs and body.deletes:
        body.add(rules.DANGEROUS_N, "deletes every file named on its input (via xargs)")
    if as_root and (body.deletes or rules.effective_program(argv) in rules.ROOT_ESCALATES):
        body.add(rules.DANGEROUS_N, "deleting or changing files as root bypasses every "
                 "permission check")
    found.merge(body)
    return found


def _pipeline_rules(parsed: ParsedCommand, index: int, command: SimpleCommand,
                    found: rules.Findings) -> None:
    """Patterns that are only dangerous in combination with the previous pipe stage."""
    if command.position == 0:
        return
    previous = [c for c in parsed.commands[:index]
                if c.pipeline == command.pipeline and c.position < command.position]
    if not previous:
        return
    receiver = rules.effective_program(command.argv)
    senders = {rules.effective_program(c.argv) for c in previous}
    if receiver in rules.INTERPRETERS and senders & rules.FETCHERS:
        found.add(rules.DANGEROUS_N, "pipes code downloaded from the network straight into "
                  f"{receiver} without review")
    elif receiver in rules.INTERPRETERS and not rules.shell_c_script(list(command.argv)):
        found.add(rules.CAUTION_N, f"runs whatever the previous command prints as {receiver} code")
    if "yes" in senders and found.level >= rules.CAUTION_N:
        found.add(rules.DANGEROUS_N, "`yes` answers every confirmation prompt automatically")


def _substitution_rules(parsed: ParsedCommand, found: rules.Findings) -> None:
    for command in parsed.commands:
        if not command.nested or command.parent < 0:
            continue
        outer = parsed.commands[command.parent]
        outer_prog = rules.effective_program(outer.argv)
        if rules.effective_program(command.argv) in rules.FETCHERS and (
                outer_prog in rules.INTERPRETERS or outer_prog in ("eval", "source", ".")):
            found.add(rules.DANGEROUS_N, f"runs code downloaded from the network with "
                      f"{outer_prog} without review")
