"""``CommandAssistant``: request → one checked, risk-labelled command. Never executes.

How a suggestion is chosen (the default model is tiny, so grounding decides):

1. Requests that ask to destroy everything get a plain refusal, not a command.
2. The cookbook is searched (BM25 blended with sentence embeddings); the best
   matches are adapted to the request's own file names, numbers and names.
3. When the model is asked, it gets those adapted examples as few-shot turns and
   answers under a JSON schema. Its command must parse, every program must exist and its options
   must be in ``--help``.
4. ``use_model = grounded`` (what ``auto`` means with the tiny default model): a
   confident cookbook match wins and the model is not even asked; otherwise the
   model's command must run only programs the nearest examples use. Measured: the
   135M model beat an adapted cookbook match in no case of the evaluation.
   ``use_model = always`` (what ``auto`` means with a dedicated ``[commands] model``;
   measured: Qwen2.5-Coder-0.5B beats the cookbook): the model's valid command wins,
   unless it is riskier than the cookbook's for a request that asks for no change.
5. Nothing confident → an empty command and a sentence saying so.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import threading
import time
from pathlib import Path

from neuralux.commands import intent
from neuralux.commands.adapt import adapt
from neuralux.commands.context import CommandContext
from neuralux.commands.cookbook import Cookbook, Match
from neuralux.commands.describe import describe
from neuralux.commands.generate import Completer, Example, generate
from neuralux.commands.risk import DANGEROUS, LEVELS, SAFE, assess
from neuralux.commands.risk_rules import effective_program
from neuralux.commands.suggestion import SOURCE_COOKBOOK, SOURCE_MODEL, SOURCE_NONE, Suggestion
from neuralux.commands.validate import Validation, validate
from neuralux.config import CommandsSettings
from neuralux.core.prompt import validate_prompt
from neuralux.errors import InvalidArgument, NeuraluxError

log = logging.getLogger(__name__)

MAX_REQUEST_CHARS = 500
MODEL_TIMEOUT_SECONDS = 10.0


class CommandAssistant:
    def __init__(self, settings: CommandsSettings, completer: Completer | None = None,
                 cookbook: Cookbook | None = None) -> None:
        self.settings = settings
        self.completer = completer
        self._cookbook = cookbook

    @property
    def mode(self) -> str:
        """``use_model`` with ``auto`` resolved: trust a dedicated command model, not the
        tiny chat model."""
        if self.settings.use_model == "auto":
            return "always" if self.settings.model else "grounded"
        return self.settings.use_model

    @property
    def cookbook(self) -> Cookbook:
        if self._cookbook is None:
            path = Path(self.settings.cookbook_path) if self.settings.cookbook_path else None
            self._cookbook = Cookbook.load(path)
        return self._cookbook

    def search(self, request: str, k: int) -> list[Match]:
        """Cookbook matches: hybrid (words + meaning) when the embedding model is there."""
        index = None
        if self.settings.semantic:
            from neuralux.commands.semantic import load_index

            index = load_index(self.cookbook.entries)
        return self.cookbook.search(request, k, semantic=index)

    async def suggest(self, request: str, context: CommandContext, previous: str = "",
                      correction: str = "") -> Suggestion:
        request = " ".join(request.split())
        if not request:
            raise InvalidArgument('Say what the command should do, e.g. aish "find the 5 '
                                  'largest files here".')
        if len(request) > MAX_REQUEST_CHARS:
            raise InvalidArgument(f"The request is {len(request)} characters; keep it under "
                                  f"{MAX_REQUEST_CHARS}.")
        validate_prompt(request, MAX_REQUEST_CHARS)  # not UTF-8 (bytes from a terminal), NUL
        refusal = intent.refusal(request)
        if refusal:
            return Suggestion(request, "", refusal, source=SOURCE_NONE)
        if intent.looks_foreign(request):  # asked before any shared word can match by chance
            return Suggestion(request, "", intent.nothing_confident(request), source=SOURCE_NONE)
        timings: dict[str, float] = {}
        started = time.perf_counter()
        # A correction ("only python files") refines the request for retrieval.
        search_text = f"{request} {correction}" if correction else request
        # In a thread: the embedding takes tens of milliseconds (seconds the very first time).
        matches = await asyncio.to_thread(self.search, search_text,
                                          max(5, self.settings.examples))
        adapted = sorted((self._adapted(m, search_text) for m in matches),
                         key=lambda a: a[0].score, reverse=True)
        timings["retrieve_ms"] = (time.perf_counter() - started) * 1000
        book = self._pick_cookbook(request, [a for a in adapted if a[1] != previous], context)

        model_cmd, model_expl = "", ""
        # In grounded mode a cookbook match wins whatever the model says, so the model is
        # not asked (most requests; saves a second or more with the default model).
        decided = self.mode == "grounded" and book is not None
        if self.mode != "never" and self.completer is not None and not decided:
            started = time.perf_counter()
            examples = [Example(m.entry.request, cmd, expl)
                        for m, cmd, expl in adapted[: self.settings.examples]][::-1]
            cancel = threading.Event()
            try:
                answer = await asyncio.wait_for(generate(
                    self.completer, request, context, examples,
                    max_tokens=self.settings.max_tokens, temperature=self.settings.temperature,
                    previous=previous, correction=correction, cancel=cancel),
                    MODEL_TIMEOUT_SECONDS)
            except TimeoutError:
                cancel.set()  # frees the model thread at its next token
                log.warning("the model took over %.0fs for a command; using the cookbook",
                            MODEL_TIMEOUT_SECONDS)
                answer = None
            except NeuraluxError as exc:
                log.warning("model unavailable for the command assistant: %s", exc)
                answer = None
            timings["model_ms"] = (time.perf_counter() - started) * 1000
            if answer is not None:
                model_cmd, model_expl = self._fix_for_user(answer.command), answer.explanation
        started = time.perf_counter()
        chosen = self._choose(request, context, adapted, book, model_cmd, previous)
        timings["validate_ms"] = (time.perf_counter() - started) * 1000
        if chosen is None:
            return Suggestion(request, "", intent.nothing_confident(request),
                              source=SOURCE_NONE, timings=timings)
        command, source, confidence, explanation = chosen
        if source == SOURCE_MODEL:
            explanation = model_expl or describe(command)
        return self._finish(request, command, explanation, source, confidence, context, timings)

    def explain(self, command: str, context: CommandContext) -> Suggestion:
        """Describe and judge an existing command (``aish --explain``)."""
        command = command.strip()
        if not command:
            raise InvalidArgument("Give the command to explain, e.g. aish --explain 'du -sh *'.")
        known = next((e for e in self.cookbook.entries if e.command == command), None)
        explanation = known.explanation if known else describe(command)
        return self._finish("", command, explanation, SOURCE_COOKBOOK if known else SOURCE_NONE,
                            1.0, context, {})

    # --- decisions -------------------------------------------------------------------
    def _adapted(self, match: Match, request: str) -> tuple[Match, str, str]:
        adapted = adapt(match.entry.request, match.entry.command, request,
                        self.cookbook.request_vocabulary)
        if adapted.unplaced:
            # The example has no place for a file or path the request names ("delete every
            # file in /tmp/cache" vs `rm notes.txt`): worth less than one that does.
            match = Match(match.entry, match.score * 0.7, match.confidence * 0.7)
        elif adapted.replacements and not adapted.unfilled:
            # Every value the request names found its place in the example: the task fits
            # ("make alice the owner of report.pdf" → `chown alice report.pdf`).
            match = Match(match.entry, match.score, min(1.0, match.confidence * 1.15))
        if adapted.unfilled:
            # It would act on a sample the person never mentioned (`systemctl status nginx`
            # for "which services are running"): prefer an example that needs no name.
            match = Match(match.entry, match.score * 0.8, match.confidence * 0.85)
        return match, self._fix_for_user(adapted.command), adapted.explain(
            match.entry.explanation)

    def _pick_cookbook(self, request: str, adapted: list[tuple[Match, str, str]],
                       context: CommandContext) -> tuple[Match, str, str] | None:
        candidates = [a for a in adapted if a[0].confidence >= self.settings.min_confidence]
        if not candidates:
            return None
        if intent.wants_change(request):
            return candidates[0]
        # A request to look at something never gets a dangerous command because a word
        # matched; among close matches a safe one is preferred.
        best = candidates[0]
        looking = [a for a in candidates if assess(a[1], context.cwd).level != DANGEROUS]
        for candidate in looking:
            if candidate[0].score < 0.75 * best[0].score:
                break
            if assess(candidate[1], context.cwd).level == SAFE:
                return candidate
        return looking[0] if looking else None

    def _choose(self, request: str, context: CommandContext,
                adapted: list[tuple[Match, str, str]], book: tuple[Match, str, str] | None,
                model_cmd: str, previous: str
                ) -> tuple[str, str, float, str] | None:
        book_result = None
        if book is not None and book[1] != previous:
            book_result = (book[1], SOURCE_COOKBOOK, book[0].confidence, book[2])
        if not model_cmd or model_cmd == previous:
            return book_result
        check = self._validate(model_cmd)
        if not check.ok:
            log.info("model command rejected: %s (%s)", model_cmd, "; ".join(check.problems))
            return book_result
        model_result = (model_cmd, SOURCE_MODEL, book_result[2] if book_result else 0.5, "")
        if self.mode == "always":
            if book_result is not None and not intent.wants_change(request) and LEVELS.index(
                    assess(model_cmd, context.cwd).level) > LEVELS.index(
                    assess(book_result[0], context.cwd).level):
                return book_result
            return model_result
        # grounded: a known-good example beats the model; without one, the model's command
        # must at least run the programs the nearest examples use.
        if book_result is not None:
            return book_result
        # The tiny default model invents destructive commands (`rm -rf nuke` for "nuke the
        # .pyc files"): without a known-good example behind it, such a command is not offered.
        if assess(model_cmd, context.cwd).level == DANGEROUS:
            log.info("ungrounded dangerous model command withheld: %s", model_cmd)
            return None
        return model_result if self._grounded(model_cmd, adapted) else None

    @staticmethod
    def _grounded(command: str, adapted: list[tuple[Match, str, str]]) -> bool:
        known: set[str] = set()
        for _, cmd, _expl in adapted:
            known |= _programs(cmd)
        return bool(_programs(command)) and _programs(command) <= known

    def _validate(self, command: str) -> Validation:
        if self.settings.check_options:
            return validate(command)
        return validate(command, help_text=lambda _p: "")

    @staticmethod
    def _fix_for_user(command: str) -> str:
        # root needs no sudo, and a minimal system may not even have it
        if os.geteuid() == 0 and command.startswith("sudo "):
            return re.sub(r"(^|&&\s*|\|\s*|;\s*)sudo\s+", r"\1", command)
        return command

    def _finish(self, request: str, command: str, explanation: str, source: str,
                confidence: float, context: CommandContext, timings: dict[str, float]
                ) -> Suggestion:
        report = assess(command, context.cwd)
        check = self._validate(command)
        problems = tuple(p for p in check.problems if "not installed" in p) if \
            source == SOURCE_COOKBOOK else check.problems
        if check.missing:
            explanation += " Not installed here: " + ", ".join(check.missing) + "."
        return Suggestion(request, command, explanation, report.level, report.reasons, source,
                          problems, round(confidence, 3), timings)


def _programs(command: str) -> set[str]:
    from neuralux.commands.parse import parse_command

    parsed = parse_command(command)
    return {effective_program(c.argv) for c in parsed.commands if c.argv}
