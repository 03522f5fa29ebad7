"""D-Bus methods of the command assistant: suggest and judge, never execute.

Nothing reachable over D-Bus runs a command. Execution happens only in a
front-end (aish in a terminal, the overlay) after a person confirms there.
"""

# No `from __future__ import annotations` here: dbus-fast reads the D-Bus type strings
# from the annotations themselves.
import json
import logging
import os
from typing import Any

from dbus_fast.service import method

from neuralux.commands.context import CommandContext
from neuralux.commands.risk import assess
from neuralux.errors import InvalidArgument

log = logging.getLogger(__name__)


def _context(raw: dict[str, Any]) -> CommandContext:
    ctx = CommandContext.from_dict({"cwd": os.path.expanduser("~"), **raw})
    if not os.path.isabs(ctx.cwd):
        raise InvalidArgument(f"context cwd must be an absolute path, got {ctx.cwd!r}")
    return ctx


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key, "")
    return str(getattr(value, "value", value))


class CommandMethods:
    """Mixin for ``AssistantInterface``; ``self.app.commands`` is the CommandAssistant."""

    app: Any

    async def _suggest_from_bus(self, request: str, context: dict[str, Any]) -> Any:
        return await self.app.commands.suggest(request, _context(context),
                                               _text(context, "previous"),
                                               _text(context, "correction"))

    @method()
    async def SuggestCommand(self, request: "s", context: "a{sv}") -> "sss":  # type: ignore[name-defined, valid-type] # noqa: F821, F722
        """Suggest one command for ``request``: (command, explanation, risk). Never runs it."""
        suggestion = await self._suggest_from_bus(request, context)
        return [suggestion.command, suggestion.explanation, suggestion.risk]

    @method()
    async def SuggestCommandJson(self, request: "s", context: "a{sv}") -> "s":  # type: ignore[name-defined, valid-type] # noqa: F821, F722
        """The full suggestion as JSON (risk reasons, source, problems) for rich clients."""
        suggestion = await self._suggest_from_bus(request, context)
        return json.dumps(suggestion.to_dict(), ensure_ascii=False)

    @method()
    def ClassifyCommand(self, command: "s", context: "a{sv}") -> "sas":  # type: ignore[name-defined, valid-type] # noqa: F821, F722
        """Judge an existing command: (risk, reasons). Never runs it."""
        if not command.strip():
            raise InvalidArgument("Give the command to judge.")
        report = assess(command, _context(context).cwd)
        return [report.level, list(report.reasons)]
