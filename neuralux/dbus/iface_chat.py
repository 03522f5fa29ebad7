"""Asking questions over D-Bus: Ask (task + signals), AskSync, Cancel, Status, ListModels."""

from __future__ import annotations

import asyncio
import json
import os
import time
from typing import Any

from dbus_fast import Variant
from dbus_fast.service import ServiceInterface, dbus_method, dbus_signal

from neuralux import __version__
from neuralux.core.assistant import Answer, AskRequest
from neuralux.core.prompt import validate_prompt
from neuralux.core.tasks import TaskHandle
from neuralux.dbus.errors import translate_errors
from neuralux.dbus.iface_ocr import check_screen_consent, pop_screen_option, with_screen_audited
from neuralux.dbus.streaming import ChunkCoalescer
from neuralux.dbus.types import DBusDict, DBusStr, Str2, Str3, StrStrDict
from neuralux.errors import InvalidArgument, NeuraluxError

# Option name -> (D-Bus signature, AskRequest field)
ASK_OPTIONS = {
    "conversation_id": ("s", "conversation_id"),
    "context": ("s", "context"),
    "context_label": ("s", "context_label"),
    "system": ("s", "system"),
    "max_tokens": ("i", "max_tokens"),
}


def parse_ask(prompt: str, options: dict[str, Variant]) -> AskRequest:
    fields: dict[str, Any] = {}
    for key, variant in options.items():
        if key not in ASK_OPTIONS:
            raise InvalidArgument(f"Unknown option {key!r}; known options: "
                                  f"{', '.join(sorted(ASK_OPTIONS))}.")
        sig, name = ASK_OPTIONS[key]
        value = variant.value
        ok = isinstance(value, str) if sig == "s" else (isinstance(value, int)
                                                        and not isinstance(value, bool))
        if not ok:
            raise InvalidArgument(f"Option {key!r} must have D-Bus type {sig!r}, got "
                                  f"{variant.signature!r}.")
        if key == "max_tokens" and not 1 <= value <= 32768:
            raise InvalidArgument("Option 'max_tokens' must be between 1 and 32768.")
        if key == "conversation_id" and not value:
            continue
        fields[name] = value
    return AskRequest(prompt=prompt, **fields)


def answer_meta(answer: Answer) -> dict[str, Variant]:
    meta = {
        "model": Variant("s", answer.model),
        "where": Variant("s", answer.where),
        "conversation_id": Variant("s", answer.conversation_id),
    }
    for key, value in answer.timings.items():
        meta[key] = Variant("d", float(value))
    return meta


class ChatMethods(ServiceInterface):
    """Mixin: dbus-fast needs the ServiceInterface base for its decorators' typing."""

    app: Any

    # --- signals ---------------------------------------------------------------------
    @dbus_signal()
    def AnswerChunk(self, task: str, text: str) -> Str2:
        return [task, text]

    @dbus_signal()
    def AnswerDone(self, task: str, text: str, meta: dict[str, Variant]) -> StrStrDict:
        return [task, text, meta]

    @dbus_signal()
    def TaskFailed(self, task: str, code: str, message: str) -> Str3:
        return [task, code, message]

    # --- methods ---------------------------------------------------------------------
    def _fail(self, task_id: str, exc: NeuraluxError) -> None:
        self.TaskFailed(task_id, exc.code, exc.message)

    async def _prepare(self, prompt: str, options: dict[str, Variant]
                       ) -> tuple[AskRequest, Any, Any]:
        """Parse and validate an Ask now, so bad input is an error reply, not a failed task;
        a screen option is checked for the caller's consent here too."""
        options = dict(options)
        screen = pop_screen_option(options)
        req = parse_ask(prompt, options)
        validate_prompt(req.prompt, self.app.settings.llm.max_prompt_chars)
        program = await check_screen_consent(self) if screen is not None else None
        return req, screen, program

    @dbus_method()
    @translate_errors
    async def Ask(self, prompt: DBusStr, options: DBusDict) -> DBusStr:
        req, screen, program = await self._prepare(prompt, options)

        async def work(handle: TaskHandle) -> None:
            request, used = req, ""
            if screen is not None and program is not None:
                request, used = await with_screen_audited(self.app, req, screen, program)
            chunks = ChunkCoalescer(lambda text: self.AnswerChunk(handle.id, text),
                                    self.app.settings.daemon.chunk_interval_ms / 1000)
            try:
                answer = await self.app.assistant.ask(request, on_chunk=chunks.add,
                                                      cancel=handle.cancel_event)
            finally:
                chunks.flush()  # every piece is sent before AnswerDone / TaskFailed
            meta = answer_meta(answer)
            if used:  # so the front-end can say the answer is built on the screen
                meta["screen"] = Variant("s", used)
            self.AnswerDone(handle.id, answer.text, meta)

        return str(self.app.tasks.submit("ask", work, self._fail).id)

    @dbus_method()
    @translate_errors
    async def AskSync(self, prompt: DBusStr, options: DBusDict) -> DBusStr:
        req, screen, program = await self._prepare(prompt, options)
        loop = asyncio.get_running_loop()
        result: asyncio.Future[str] = loop.create_future()

        async def work(handle: TaskHandle) -> None:
            request = req
            if screen is not None and program is not None:
                request, _ = await with_screen_audited(self.app, req, screen, program)
            answer = await self.app.assistant.ask(request, cancel=handle.cancel_event)
            if not result.done():
                result.set_result(answer.text)

        def failed(_task: str, exc: NeuraluxError) -> None:
            if not result.done():
                result.set_exception(exc)

        self.app.tasks.submit("ask", work, failed)
        return await result

    @dbus_method()
    @translate_errors
    # No return annotation: dbus-fast reads that as "empty reply" (it can't parse "None").
    def Cancel(self, task_id: DBusStr):
        self.app.tasks.cancel(task_id)

    @dbus_method()
    @translate_errors
    def Status(self) -> DBusDict:
        app = self.app
        return {
            "version": Variant("s", __version__),
            "pid": Variant("u", os.getpid()),
            "uptime_s": Variant("d", time.time() - app.started_at),
            "mode": Variant("s", app.mode),
            "model": Variant("s", app.assistant.model_name),
            "model_loaded": Variant("b", app.assistant.model_loaded),
            "tasks": Variant("u", len(app.tasks)),
            "queue_size": Variant("u", app.tasks.limit),
            "profile": Variant("s", app.settings.general.profile),
        }

    @dbus_method()
    @translate_errors
    def ListModels(self) -> DBusStr:
        return json.dumps([m.to_dict() for m in self.app.models()])
