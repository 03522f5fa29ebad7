"""D-Bus methods of the command assistant: suggest and judge, never execute.

Nothing reachable over D-Bus runs a command. Execution happens only in a
front-end (aish in a terminal, the overlay) after a person confirms there.
"""

from __future__ import annotations

import json
import os
from typing import Annotated, Any

from dbus_fast import Variant
from dbus_fast.annotations import DBusSignature
from dbus_fast.service import dbus_method

from neuralux.commands.context import CommandContext
from neuralux.commands.risk import assess
from neuralux.commands.suggestion import Suggestion
from neuralux.dbus.errors import translate_errors
from neuralux.dbus.types import DBusDict, DBusStr, Str3
from neuralux.errors import InvalidArgument

StrStrList = Annotated[list[Any], DBusSignature("sas")]
CONTEXT_KEYS = ("cwd", "shell", "distro", "git", "previous", "correction")


def parse_context(raw: dict[str, Variant]) -> tuple[CommandContext, str, str]:
    """The a{sv} context: cwd, shell, distro, git (+ previous/correction for a revision)."""
    for key, variant in raw.items():
        if key not in CONTEXT_KEYS:
            raise InvalidArgument(f"Unknown context key {key!r}; known keys: "
                                  f"{', '.join(CONTEXT_KEYS)}.")
        if not isinstance(variant.value, str):
            raise InvalidArgument(f"Context key {key!r} must be a string (D-Bus type 's').")
    values = {k: v.value for k, v in raw.items()}
    ctx = CommandContext.from_dict({"cwd": os.path.expanduser("~"), **values})
    if not os.path.isabs(ctx.cwd):
        raise InvalidArgument(f"Context cwd must be an absolute path, got {ctx.cwd!r}.")
    return ctx, values.get("previous", ""), values.get("correction", "")


class CommandMethods:
    """Mixin for ``AssistantInterface``; ``self.app.commands`` is the CommandAssistant."""

    app: Any

    async def _suggest_from_bus(self, request: str, context: dict[str, Variant]
                                ) -> Suggestion:
        ctx, previous, correction = parse_context(context)
        suggestion: Suggestion = await self.app.commands.suggest(request, ctx, previous,
                                                                 correction)
        return suggestion

    @dbus_method()
    @translate_errors
    async def SuggestCommand(self, request: DBusStr, context: DBusDict) -> Str3:
        """(command, explanation, risk) for ``request``; the command is never run here."""
        s = await self._suggest_from_bus(request, context)
        return [s.command, s.explanation, s.risk]

    @dbus_method()
    @translate_errors
    async def SuggestCommandJson(self, request: DBusStr, context: DBusDict) -> DBusStr:
        """The whole suggestion (risk reasons, source, problems) as JSON, for rich clients."""
        s = await self._suggest_from_bus(request, context)
        return json.dumps(s.to_dict(), ensure_ascii=False)

    @dbus_method()
    @translate_errors
    def ClassifyCommand(self, command: DBusStr, context: DBusDict) -> StrStrList:
        """(risk, reasons) of an existing command; never runs it."""
        if not command.strip():
            raise InvalidArgument("Give the command to judge.")
        report = assess(command, parse_context(context)[0].cwd)
        return [report.level, list(report.reasons)]
