"""Where aish gets suggestions: the running daemon over D-Bus, or this process.

Both return the same ``Suggestion``. Whatever the daemon says, the risk is judged
again here, in the directory where the command would run, and the worse verdict
wins: the daemon never gets to make a command look safer than it is.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Any, Protocol

from neuralux import config
from neuralux.commands.context import CommandContext
from neuralux.commands.risk import LEVELS, assess
from neuralux.commands.service import CommandAssistant
from neuralux.commands.suggestion import Suggestion
from neuralux.errors import ModelUnavailable, NeuraluxError

log = logging.getLogger(__name__)

DAEMON_CONNECT_TIMEOUT = 2.0


class Backend(Protocol):
    run_timeout: float

    async def suggest(self, request: str, context: CommandContext, previous: str = "",
                      correction: str = "") -> Suggestion: ...

    async def explain(self, command: str, context: CommandContext) -> Suggestion: ...


class LocalBackend:
    def __init__(self, assistant: CommandAssistant, completer: Any | None) -> None:
        self.assistant = assistant
        self.completer = completer
        self.run_timeout = assistant.settings.run_timeout_seconds

    async def suggest(self, request: str, context: CommandContext, previous: str = "",
                      correction: str = "") -> Suggestion:
        return await self.assistant.suggest(request, context, previous, correction)

    async def explain(self, command: str, context: CommandContext) -> Suggestion:
        return self.assistant.explain(command, context)

    async def close(self) -> None:
        close = getattr(self.completer, "close", None)
        if close is not None:
            await close()


class DaemonBackend:
    def __init__(self, client: Any, settings: config.CommandsSettings,
                 local: CommandAssistant) -> None:
        self.client = client
        self.local = local
        self.run_timeout = settings.run_timeout_seconds

    async def suggest(self, request: str, context: CommandContext, previous: str = "",
                      correction: str = "") -> Suggestion:
        from dbus_fast import Variant

        ctx = {k: Variant("s", v) for k, v in context.to_dict().items()}
        if previous:
            ctx["previous"] = Variant("s", previous)
            ctx["correction"] = Variant("s", correction)
        try:
            [raw] = await self.client.call("SuggestCommandJson", "sa{sv}", [request, ctx],
                                           auto_start=False)
        except NeuraluxError:
            raise
        except Exception as exc:  # noqa: BLE001 - an older daemon: suggest here instead
            log.warning("the daemon could not suggest (%s); using the cookbook here", exc)
            return await self.local.suggest(request, context, previous, correction)
        return recheck(Suggestion.from_dict(json.loads(raw)), context)

    async def explain(self, command: str, context: CommandContext) -> Suggestion:
        return self.local.explain(command, context)  # no model needed: explain here

    async def close(self) -> None:
        close = getattr(self.client, "close", None) or getattr(self.client, "disconnect", None)
        if close is not None:
            result = close()
            if asyncio.iscoroutine(result):
                await result


def recheck(suggestion: Suggestion, context: CommandContext) -> Suggestion:
    """Judge the risk locally too; keep the worse verdict and all reasons."""
    if not suggestion.has_command:
        return suggestion
    local = assess(suggestion.command, context.cwd)
    remote_level = LEVELS.index(suggestion.risk) if suggestion.risk in LEVELS else 1
    level = LEVELS[max(remote_level, LEVELS.index(local.level))]
    reasons = tuple(dict.fromkeys((*suggestion.risk_reasons, *local.reasons)))
    return Suggestion(suggestion.request, suggestion.command, suggestion.explanation, level,
                      reasons, suggestion.source, suggestion.problems, suggestion.confidence,
                      suggestion.timings)


def make_completer(settings: config.Settings) -> Any | None:
    """A local model for suggestions, or None (cookbook only) when none is usable."""
    from neuralux.commands.local_llm import CommandModelCompleter, LlamaCompleter

    try:
        import importlib.util
        from pathlib import Path

        if importlib.util.find_spec("llama_cpp") is None:
            log.warning("llama-cpp-python is not installed: suggesting from the cookbook only")
            return None
        if settings.commands.model:
            command_model = CommandModelCompleter(
                settings.commands.model, settings.llm.model_paths,
                config.resolved_threads(settings.llm), config.resolved_context(settings.llm))
            command_model.resolve()  # a missing model is reported now, with the fix
            return command_model
        path = Path(settings.llm.model) if settings.llm.model.endswith(".gguf") else None
        return LlamaCompleter(path, threads=config.resolved_threads(settings.llm),
                              context_size=config.resolved_context(settings.llm))
    except ModelUnavailable as exc:
        log.warning("%s Suggesting from the cookbook only.", exc.message)
        return None


async def _daemon_client() -> Any | None:
    """The running daemon's client, or None: aish never starts a daemon just to suggest."""
    from neuralux.dbus.client import DaemonClient

    client = None
    try:
        client = await asyncio.wait_for(DaemonClient.connect(), DAEMON_CONNECT_TIMEOUT)
        await asyncio.wait_for(client.call("Status", auto_start=False), DAEMON_CONNECT_TIMEOUT)
        return client
    except Exception as exc:  # noqa: BLE001 - any failure means: no daemon, work locally
        log.info("daemon not reachable (%s); suggesting in this process", exc)
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        return None


@contextlib.asynccontextmanager
async def connect(no_daemon: bool = False) -> AsyncIterator[Backend]:
    settings = config.load().settings
    local = CommandAssistant(settings.commands)
    backend: LocalBackend | DaemonBackend
    client = None if no_daemon else await _daemon_client()
    if client is not None:
        log.info("suggestions from the daemon")
        backend = DaemonBackend(client, settings.commands, local)
    else:
        completer = None if settings.commands.use_model == "never" else make_completer(settings)
        backend = LocalBackend(CommandAssistant(settings.commands, completer), completer)
    try:
        yield backend
    finally:
        await backend.close()
