"""Command mode's half of the bridge: the suggestion on screen and running it.

A mixin of ``Bridge`` (kept apart so each file stays small). Suggesting happens on
the core loop like any question; running happens only through ``execute``, which
the command panel calls once ``command_flow`` said the person confirmed it, and
then on the executor's own thread. The voice goes through the same panel path.
Nothing here is reachable over D-Bus.
"""

from __future__ import annotations

import asyncio
from typing import Any

from neuralux.ui import command_flow, prompt_logic
from neuralux.ui.command_exec import CommandExecutor, working_directory
from neuralux.ui.qtcompat import emit

NO_PENDING = "There is no command on screen to run."
RUNNING_BY_VOICE = "Running it."
DANGEROUS_BY_VOICE = command_flow.VOICE_DANGEROUS


class CommandMode:
    """Needs from the bridge: ``app``, ``current``, ``visible``, ``_pending``, the
    signals ``suggestion_ready`` / ``described`` / ``run_requested``, ``ask``, ``_submit``."""

    app: Any
    current: int
    visible: Any
    _pending: Any
    executor: CommandExecutor
    suggestion_ready: Any
    described: Any
    run_requested: Any

    def ask(self, prompt: str, mode: str = prompt_logic.ASK, previous: str = "",
            correction: str = "") -> int:
        raise NotImplementedError

    def _submit(self, coro: Any, rid: int | None) -> None:
        raise NotImplementedError

    # -- the command suggestion on screen (voice "run the command") --------------
    @property
    def pending_command(self) -> str:
        """The suggested command the person can see now; empty when none is on screen."""
        suggestion = self._pending
        if suggestion is None or not self.visible.is_set():
            return ""
        return str(getattr(suggestion, "command", "") or "")

    def confirm_pending_command(self) -> str:
        """What a voice "run the command" does (called on the core thread): the overlay's
        own confirmation path with the voice as the trigger, so only a ``safe`` command runs;
        a dangerous or careful one is refused with the reason."""
        command = self.pending_command
        if not command:
            return NO_PENDING
        decision = command_flow.on_execute(str(getattr(self._pending, "risk", "")),
                                           command_flow.VOICE)
        if not decision.run:
            return decision.message
        emit(self.run_requested, command)
        return RUNNING_BY_VOICE

    # -- command mode (GUI thread) -------------------------------------------------
    def execute(self, how: str, command: str) -> int:
        """Run the suggestion on screen; the command panel calls this only after the
        person confirmed ``command`` as ``command_flow`` requires. Runs nothing unless that
        is still the current suggestion. Returns the run id (0: nothing ran)."""
        suggestion = self._pending
        if suggestion is None or not command or getattr(suggestion, "command", "") != command:
            return 0
        return self.executor.start(suggestion, how)

    def stop_command(self) -> None:
        self.executor.stop()

    def abort_command(self) -> None:
        self._pending = None

    def revise(self, correction: str) -> int:
        """Regenerate the suggestion on screen from its request and the correction."""
        shown = self._pending
        if shown is None:
            return 0
        return self.ask(str(shown.request), prompt_logic.COMMAND, previous=str(shown.command),
                        correction=correction)

    def describe(self) -> None:
        command = self.pending_command or str(getattr(self._pending, "command", "") or "")
        if command:
            self._submit(self._describe(command), None)

    async def _describe(self, command: str) -> None:
        from neuralux.commands.describe import describe

        # describe() reads programs' --help: a subprocess, so not on the loop itself
        emit(self.described, await asyncio.to_thread(describe, command))

    async def _command(self, prompt: str, on_chunk: Any, rid: int, previous: str = "",
                       correction: str = "") -> dict[str, Any]:
        """Show the command assistant's suggestion; it runs only from the command panel."""
        from neuralux.commands.context import gather

        # Suggested for where it will run (the home directory); gather() runs git.
        context = await asyncio.to_thread(gather, working_directory())
        suggestion: Any = await self.app.commands.suggest(prompt, context, previous, correction)
        if rid == self.current:
            self._pending = suggestion
            emit(self.suggestion_ready, rid, suggestion)
        text = command_flow.command_markdown(suggestion)
        on_chunk(text)
        return {"model": getattr(self.app.assistant, "model_name", ""),
                "where": f"command assistant ({getattr(suggestion, 'source', '')})",
                "text": text}
